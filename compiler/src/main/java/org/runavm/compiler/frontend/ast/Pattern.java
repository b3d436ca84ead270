package org.runavm.compiler.frontend.ast;

/** A pattern of a {@code When} clause of {@code Match} (language.md §4). */
public sealed interface Pattern extends Node {

    /** Matches when the subject equals the literal ({@code ==} semantics). */
    record Literal(Pos pos, Expr value) implements Pattern {
    }

    /** {@code _}: matches anything, binds nothing. */
    record Wildcard(Pos pos) implements Pattern {
    }

    /** {@code NAME as TYPE}: matches when the subject has the type and binds it to NAME. */
    record Binding(Pos pos, String name, TypeRef type) implements Pattern {
    }
}
