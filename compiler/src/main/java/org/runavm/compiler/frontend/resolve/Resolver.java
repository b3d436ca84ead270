package org.runavm.compiler.frontend.resolve;

import java.util.ArrayList;
import java.util.List;
import org.runavm.compiler.frontend.ast.Block;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Pattern;
import org.runavm.compiler.frontend.ast.Program;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.diag.DiagnosticSink;

/**
 * Name resolution and the statement rules of language.md §4-§5.
 *
 * <ul>
 *   <li>Scopes are blocks. A name is usable after its declaration; processes, classes, actors and
 *       external processes are hoisted: visible in their whole block.</li>
 *   <li>The bodies of hoisted declarations are resolved when their block ends, so they see every
 *       name of that block (and top-level processes may call each other in any order).</li>
 *   <li>No shadowing inside one unit; an inner process or lambda may reuse an outer name.</li>
 *   <li>{@code Break}/{@code Continue} only in a loop of the same unit, {@code Retry} only in a
 *       {@code Catch}, {@code Return} only in a process, {@code Yield} only in a
 *       {@code Generator Process}, {@code Self} only in (closures inside) methods.</li>
 * </ul>
 * Class and actor bodies are handled by {@link TypeResolver}.
 */
public final class Resolver extends TypeResolver {

    private Resolver(DiagnosticSink sink) {
        super(sink);
    }

    /** Resolves a whole program; problems go to {@code sink}. */
    public static Resolution resolve(Program program, DiagnosticSink sink) {
        Resolver r = new Resolver(sink);
        Block body = program.body();
        r.enterFunction(FunctionInfo.Kind.TOP_LEVEL, body, null, null);
        r.statements(body.statements());
        r.leaveFunction();
        return r.result;
    }

    @Override
    void block(Block b, boolean loopBody) {
        if (b == null) {
            return;
        }
        pushScope(loopBody);
        statements(b.statements());
        popScope();
    }

    /** The statements of one scope: hoist, resolve in order, then the deferred bodies. */
    @Override
    void statements(List<Stmt> statements) {
        List<Runnable> deferred = new ArrayList<>();
        for (Stmt s : statements) {
            hoist(s, deferred);
        }
        Stmt jump = null;
        for (Stmt s : statements) {
            if (sink.full()) {
                return;
            }
            if (jump != null && !(s instanceof Stmt.ProcessDecl || s instanceof Stmt.ClassDecl || s instanceof Stmt.ActorDecl)) {
                sink.warning(s.pos().line(), s.pos().column(), "this statement never runs: it follows the `"
                        + jumpWord(jump) + "` at line " + jump.pos().line());
                jump = null; // one warning per block is enough
            }
            stmt(s);
            if (s instanceof Stmt.Return || s instanceof Stmt.Break || s instanceof Stmt.Continue
                    || s instanceof Stmt.Throw || s instanceof Stmt.Retry) {
                jump = s;
            }
        }
        for (Runnable r : deferred) {
            r.run();
        }
    }

    private void hoist(Stmt s, List<Runnable> deferred) {
        switch (s) {
            case Stmt.ProcessDecl p -> {
                checkPrivate(p.isPrivate(), p);
                declarations.put(declare(p, p.name(), SymbolKind.PROCESS, p.pos()), p);
                deferred.add(() -> process(p, null));
            }
            case Stmt.ClassDecl c -> {
                checkPrivate(c.isPrivate(), c);
                declarations.put(declare(c, c.name(), SymbolKind.CLASS, c.pos()), c);
                deferred.add(() -> classBody(c));
            }
            case Stmt.ActorDecl a -> {
                checkPrivate(a.isPrivate(), a);
                declare(a, a.name(), SymbolKind.ACTOR, a.pos());
                deferred.add(() -> actorBody(a));
            }
            case Stmt.ExternalProcess e -> {
                declarations.put(declare(e, e.name(), SymbolKind.EXTERNAL_PROCESS, e.pos()), e);
                deferred.add(() -> {
                    defaults(e.params());
                    resolveType(e.returns());
                });
            }
            default -> { }
        }
    }

    private static String jumpWord(Stmt s) {
        return switch (s) {
            case Stmt.Return r -> "Return";
            case Stmt.Break b -> "Break";
            case Stmt.Continue c -> "Continue";
            case Stmt.Throw t -> "Throw";
            default -> "Retry";
        };
    }

    private void checkPrivate(boolean isPrivate, Stmt s) {
        if (isPrivate && !atTopLevelBlock()) {
            error(s.pos(), "`Private` only applies to declarations at the top level of a file");
        }
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Let l -> {
                resolveType(l.type());
                expr(l.init());
                declare(l, l.name(), SymbolKind.VARIABLE, l.pos());
            }
            case Stmt.Define d -> {
                checkPrivate(d.isPrivate(), d);
                resolveType(d.type());
                expr(d.value());
                declare(d, d.name(), SymbolKind.CONSTANT, d.pos());
            }
            case Stmt.Assign a -> new AssignmentChecker(this).check(a);
            case Stmt.ExprStmt e -> expr(e.expr());
            case Stmt.Display d -> expr(d.value());
            case Stmt.Throw t -> expr(t.value());
            case Stmt.Return r -> {
                if (ctx.function.kind() == FunctionInfo.Kind.TOP_LEVEL) {
                    error(r.pos(), "`Return` can only be used inside a process");
                }
                expr(r.value());
            }
            case Stmt.Yield y -> {
                if (ctx.function.process() == null || !ctx.function.process().isGenerator()) {
                    error(y.pos(), "`Yield` can only be used inside a `Generator Process`");
                }
                expr(y.value());
            }
            case Stmt.Break b -> loopOnly(b, "Break");
            case Stmt.Continue c -> loopOnly(c, "Continue");
            case Stmt.Retry r -> {
                if (ctx.catches == 0) {
                    error(r.pos(), "`Retry` can only be used inside a `Catch` block");
                }
            }
            case Stmt.If i -> {
                for (Stmt.Branch br : i.branches()) {
                    expr(br.condition());
                    block(br.body(), false);
                }
                block(i.otherwise(), false);
            }
            case Stmt.While w -> {
                expr(w.condition());
                loop(() -> block(w.body(), true));
            }
            case Stmt.ForRange f -> {
                expr(f.from());
                expr(f.to());
                expr(f.step());
                pushScope(true);
                declare(f, f.variable(), SymbolKind.LOOP_VARIABLE, f.pos());
                loop(() -> statements(f.body().statements()));
                popScope();
            }
            case Stmt.ForEach f -> {
                expr(f.iterable());
                pushScope(true);
                declare(f, f.first(), SymbolKind.LOOP_VARIABLE, f.pos());
                if (f.second() != null) {
                    declare(f, f.second(), SymbolKind.LOOP_VARIABLE, f.pos());
                }
                loop(() -> statements(f.body().statements()));
                popScope();
            }
            case Stmt.Match m -> match(m);
            case Stmt.Try t -> tryStatement(t);
            case Stmt.TaskGroup g -> {
                pushScope(false);
                declare(g, g.name(), SymbolKind.TASK_GROUP, g.pos());
                statements(g.body().statements());
                popScope();
            }
            case Stmt.Send send -> {
                args(send.arguments());
                expr(send.actor());
            }
            case Stmt.Import i -> new ImportBinder(this).bind(i);
            case Stmt.ExternalLibrary l -> { }
            case Stmt.ProcessDecl p -> { }
            case Stmt.ClassDecl c -> { }
            case Stmt.ActorDecl a -> { }
            case Stmt.ExternalProcess e -> { }
        }
    }

    private void loopOnly(Stmt s, String word) {
        if (ctx.loops == 0) {
            error(s.pos(), "`" + word + "` can only be used inside a loop (`While`, `For`, `For each`)");
        }
    }

    private void loop(Runnable body) {
        ctx.loops++;
        try {
            body.run();
        } finally {
            ctx.loops--;
        }
    }

    private void match(Stmt.Match m) {
        expr(m.subject());
        for (Stmt.When w : m.cases()) {
            pushScope(false);
            for (Pattern p : w.patterns()) {
                if (p instanceof Pattern.Binding b) {
                    resolveType(b.type());
                    declare(b, b.name(), SymbolKind.PATTERN_VARIABLE, b.pos());
                }
            }
            expr(w.guard());
            statements(w.body().statements());
            popScope();
        }
        block(m.otherwise(), false);
    }

    private void tryStatement(Stmt.Try t) {
        block(t.body(), false);
        for (Stmt.Catch c : t.catches()) {
            pushScope(false);
            resolveType(c.type());
            if (c.variable() != null) {
                declare(c, c.variable(), SymbolKind.CATCH_VARIABLE, c.pos());
            }
            ctx.catches++;
            statements(c.body().statements());
            ctx.catches--;
            popScope();
        }
        block(t.finallyBlock(), false);
    }

    /** Resolves a process body as its own unit; {@code owner} is the class of a method, else null. */
    @Override
    void process(Stmt.ProcessDecl p, Stmt.ClassDecl owner) {
        defaults(p.params());
        resolveType(p.returns());
        enterFunction(FunctionInfo.Kind.PROCESS, p, p, owner);
        params(p.params());
        statements(p.body().statements());
        leaveFunction();
    }

    /** Used by {@link AssignmentChecker}. */
    void resolveExpr(Expr e) {
        expr(e);
    }
}
