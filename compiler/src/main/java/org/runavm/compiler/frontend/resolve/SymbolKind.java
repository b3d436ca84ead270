package org.runavm.compiler.frontend.resolve;

/** What a declared name is; decides whether it may be assigned and how code generation stores it. */
public enum SymbolKind {
    VARIABLE("variable"),
    CONSTANT("constant"),
    PARAMETER("parameter"),
    LOOP_VARIABLE("loop variable"),
    CATCH_VARIABLE("caught error"),
    PATTERN_VARIABLE("pattern variable"),
    TASK_GROUP("task group"),
    PROCESS("process"),
    EXTERNAL_PROCESS("external process"),
    CLASS("class"),
    ACTOR("actor"),
    MODULE("module"),
    IMPORTED("imported name"),
    /** A name the core module always provides ({@code input}, {@code Task}, {@code ValueError}...). */
    BUILTIN("built-in name");

    public final String description;

    SymbolKind(String description) {
        this.description = description;
    }

    /** Whether an assignment to a name of this kind is allowed. */
    public boolean assignable() {
        return switch (this) {
            case VARIABLE, PARAMETER, LOOP_VARIABLE, CATCH_VARIABLE, PATTERN_VARIABLE -> true;
            default -> false;
        };
    }
}
