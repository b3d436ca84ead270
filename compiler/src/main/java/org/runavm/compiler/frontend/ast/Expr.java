package org.runavm.compiler.frontend.ast;

import java.util.List;

/** Expressions (language.md §3). Each natural-language spelling parses to the same node as its symbol form. */
public sealed interface Expr extends Node {

    record IntLit(Pos pos, long value) implements Expr {
    }

    record DecLit(Pos pos, double value) implements Expr {
    }

    record TextLit(Pos pos, String value) implements Expr {
    }

    record BoolLit(Pos pos, boolean value) implements Expr {
    }

    record NullLit(Pos pos) implements Expr {
    }

    /** A use of a name; the resolver decides what it refers to. */
    record Name(Pos pos, String name) implements Expr {
    }

    /** {@code Self}: the receiver of the enclosing method. */
    record SelfRef(Pos pos) implements Expr {
    }

    /** {@code Super}: only as the target of a member access, {@code Super.initialize(...)}. */
    record SuperRef(Pos pos) implements Expr {
    }

    record ListLit(Pos pos, List<Expr> elements) implements Expr {
    }

    record MapLit(Pos pos, List<MapEntry> entries) implements Expr {
    }

    record MapEntry(Pos pos, Expr key, Expr value) implements Node {
    }

    /** {@code {1, 2}} or {@code Set{1, 2}}; {@code Set of T()} is a {@link Construct}. */
    record SetLit(Pos pos, List<Expr> elements) implements Expr {
    }

    /** {@code (a, b)}: two or more elements. */
    record TupleLit(Pos pos, List<Expr> elements) implements Expr {
    }

    record Unary(Pos pos, UnaryOp op, Expr operand) implements Expr {
    }

    record Binary(Pos pos, BinaryOp op, Expr left, Expr right) implements Expr {
    }

    /** {@code x is a TYPE} (or {@code is an}, {@code is not a}). */
    record IsA(Pos pos, Expr value, TypeRef type, boolean negated) implements Expr {
    }

    /** {@code f(a, b: 1)} or {@code f with a as 1 and b as 2}; also method calls when callee is a {@link Member}. */
    record Call(Pos pos, Expr callee, List<Arg> arguments) implements Expr {
    }

    /** {@code a.b}. */
    record Member(Pos pos, Expr target, String name) implements Expr {
    }

    /** {@code a[i]} or {@code a at index i}. */
    record Index(Pos pos, Expr target, Expr index) implements Expr {
    }

    /** Construction of a generic built-in: {@code List of Integer()}, {@code Channel of Integer(16)}. */
    record Construct(Pos pos, TypeRef type, List<Arg> arguments) implements Expr {
    }

    /** {@code (a, b) => expr}. */
    record Lambda(Pos pos, List<Param> params, Expr body) implements Expr {
    }

    record TypeOf(Pos pos, Expr operand) implements Expr {
    }

    record LengthOf(Pos pos, Expr operand) implements Expr {
    }

    record Await(Pos pos, Expr task) implements Expr {
    }

    /** {@code Ask actor for message(args)}, optionally {@code within N ms} ({@code timeoutMs} null otherwise). */
    record Ask(Pos pos, Expr actor, String message, List<Arg> arguments, Expr timeoutMs) implements Expr {
    }

    /** Stands in for an expression that failed to parse (already reported); later phases skip it. */
    record Error(Pos pos) implements Expr {
    }
}
