package org.runavm.compiler.frontend.resolve;

import org.runavm.compiler.frontend.ast.Pos;

/**
 * One declared name. Identity matters: every use of the name resolves to this same object, so code
 * generation can allocate one slot (or one upvalue box) per symbol.
 *
 * <p>The mutable flags are set by the {@link Resolver} while it walks the program and are final
 * once resolution has finished.
 */
public final class Symbol {

    private final String name;
    private final SymbolKind kind;
    private final Pos declared;
    private final FunctionInfo owner;
    private final boolean global;
    private final boolean perIteration;
    private boolean captured;
    private boolean reassigned;

    Symbol(String name, SymbolKind kind, Pos declared, FunctionInfo owner, boolean global, boolean perIteration) {
        this.name = name;
        this.kind = kind;
        this.declared = declared;
        this.owner = owner;
        this.global = global;
        this.perIteration = perIteration;
    }

    public String name() {
        return name;
    }

    public SymbolKind kind() {
        return kind;
    }

    /** Where it was declared; null for built-in names. */
    public Pos declared() {
        return declared;
    }

    /** The process (or lambda, or the file's top level) that owns the storage; null for built-ins. */
    public FunctionInfo owner() {
        return owner;
    }

    /** Declared directly in the file's top-level block: a module global, never captured. */
    public boolean isGlobal() {
        return global;
    }

    /**
     * Declared inside a loop body (or is the loop variable) of its owner: each iteration gets a
     * fresh binding, which matters when a closure captures it (language.md §4).
     */
    public boolean isPerIteration() {
        return perIteration;
    }

    /** Read or written by a closure (an inner process or a lambda) other than its owner. */
    public boolean isCaptured() {
        return captured;
    }

    /** Assigned after its declaration (a captured, reassigned local needs a shared box). */
    public boolean isReassigned() {
        return reassigned;
    }

    void markCaptured() {
        captured = true;
    }

    void markReassigned() {
        reassigned = true;
    }

    @Override
    public String toString() {
        return kind.description + " " + name + (declared == null ? "" : "@" + declared);
    }
}
