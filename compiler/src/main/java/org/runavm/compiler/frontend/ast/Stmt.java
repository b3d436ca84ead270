package org.runavm.compiler.frontend.ast;

import java.util.List;

/** Statements (language.md §4-§10). Declarations are statements too: they live in blocks. */
public sealed interface Stmt extends Node {

    /** {@code Let x = e}, {@code Let x be e}, {@code Let x as T = e}; {@code init} is null for {@code Let x as T}. */
    record Let(Pos pos, String name, TypeRef type, Expr init) implements Stmt {
    }

    /** {@code Define NAME as e}: a constant. */
    record Define(Pos pos, String name, TypeRef type, Expr value, boolean isPrivate) implements Stmt {
    }

    /** {@code target = e}, {@code Set target to e}, {@code target += e}...; {@code op} is null for plain assignment. */
    record Assign(Pos pos, Expr target, BinaryOp op, Expr value) implements Stmt {
    }

    record ExprStmt(Pos pos, Expr expr) implements Stmt {
    }

    record Display(Pos pos, Expr value) implements Stmt {
    }

    /** {@code value} is null for a bare {@code Return}. */
    record Return(Pos pos, Expr value) implements Stmt {
    }

    record Break(Pos pos) implements Stmt {
    }

    record Continue(Pos pos) implements Stmt {
    }

    record Throw(Pos pos, Expr value) implements Stmt {
    }

    /** Re-runs the enclosing {@code Try} block; only inside a {@code Catch}. */
    record Retry(Pos pos) implements Stmt {
    }

    record Yield(Pos pos, Expr value) implements Stmt {
    }

    /** {@code If}; each {@code Otherwise If} is one more branch; {@code otherwise} may be null. */
    record If(Pos pos, List<Branch> branches, Block otherwise) implements Stmt {
    }

    record Branch(Pos pos, Expr condition, Block body) implements Node {
    }

    record While(Pos pos, Expr condition, Block body) implements Stmt {
    }

    /** {@code For v from a to b step s} (inclusive; {@code step} may be null). */
    record ForRange(Pos pos, String variable, Expr from, Expr to, Expr step, Block body) implements Stmt {
    }

    /** {@code For each v in e} or {@code For each k, v in e} ({@code second} null in the first form). */
    record ForEach(Pos pos, String first, String second, Expr iterable, Block body) implements Stmt {
    }

    /** {@code Match}; {@code otherwise} may be null. */
    record Match(Pos pos, Expr subject, List<When> cases, Block otherwise) implements Stmt {
    }

    /** One {@code When} clause: any of the patterns, then the guard (null when absent). */
    record When(Pos pos, List<Pattern> patterns, Expr guard, Block body) implements Node {
    }

    /** {@code Try}; {@code finallyBlock} may be null. */
    record Try(Pos pos, Block body, List<Catch> catches, Block finallyBlock) implements Stmt {
    }

    /** {@code Catch e as T}, {@code Catch e}, or bare {@code Catch}; {@code variable}/{@code type} may be null. */
    record Catch(Pos pos, String variable, TypeRef type, Block body) implements Node {
    }

    /** {@code Task Group called g ... End Task Group}. */
    record TaskGroup(Pos pos, String name, Block body) implements Stmt {
    }

    /** {@code Send message(args) to actor}. */
    record Send(Pos pos, String message, List<Arg> arguments, Expr actor) implements Stmt {
    }

    /** {@code Import "m"}, {@code Import "m" as x}, {@code Import a, b from "m"}. */
    record Import(Pos pos, String module, String alias, List<ImportedName> names) implements Stmt {
    }

    record ImportedName(Pos pos, String name) implements Node {
    }

    /** {@code External Library "libc"}. */
    record ExternalLibrary(Pos pos, String library) implements Stmt {
    }

    /** {@code External Process called f(params) returns T from "lib" as "symbol"} ({@code symbol} may be null). */
    record ExternalProcess(Pos pos, String name, List<Param> params, TypeRef returns, String library,
                           String symbol) implements Stmt {
    }

    /** A process, a method (inside a class) or a message handler (inside an actor). */
    record ProcessDecl(Pos pos, String name, List<Param> params, TypeRef returns, Block body,
                       ProcessKind kind, boolean isAsync, boolean isGenerator, boolean isPrivate) implements Stmt {
    }

    record ClassDecl(Pos pos, String name, String parent, Pos parentPos, List<FieldDecl> fields,
                     List<ProcessDecl> methods, boolean isPrivate) implements Stmt {
    }

    record ActorDecl(Pos pos, String name, List<FieldDecl> fields, List<ProcessDecl> handlers,
                     boolean isPrivate) implements Stmt {
    }

    record FieldDecl(Pos pos, String name, TypeRef type, Expr defaultValue) implements Node {
    }
}
