package org.runavm.compiler.frontend.ast;

/** An argument of a call: positional ({@code name == null}) or named ({@code f(x: 1)}, {@code f with x as 1}). */
public record Arg(Pos pos, String name, Expr value) implements Node {
}
