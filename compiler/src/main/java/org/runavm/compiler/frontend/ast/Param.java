package org.runavm.compiler.frontend.ast;

/** A parameter of a process, lambda or message handler; {@code type} and {@code defaultValue} may be null. */
public record Param(Pos pos, String name, TypeRef type, Expr defaultValue) implements Node {
}
