package org.runavm.compiler.codegen;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.runavm.compiler.frontend.ast.Arg;
import org.runavm.compiler.frontend.ast.Block;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Node;
import org.runavm.compiler.frontend.ast.Param;
import org.runavm.compiler.frontend.ast.Pattern;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.ast.TypeRef;
import org.runavm.compiler.frontend.resolve.Resolution;
import org.runavm.compiler.frontend.resolve.Symbol;
import org.runavm.compiler.frontend.resolve.SymbolKind;
import org.runavm.kernel.bytecode.ProgramBuilder;

/**
 * The pass over the checked AST that runs before any code is emitted. It declares a function for
 * every unit (so calls may name functions compiled later), records each symbol's declaration and
 * annotation, and finds the top-level variables that some process or lambda uses: only those
 * become globals, the others stay locals of the entry function (faster, and not exported).
 */
final class Units {

    private final Resolution resolution;
    private final ProgramBuilder program;
    final Map<Node, ProgramBuilder.FunctionBuilder> functions = new IdentityHashMap<>();
    /** Field-default initialisers, keyed by their class or actor declaration. */
    final Map<Node, ProgramBuilder.FunctionBuilder> fieldInitialisers = new IdentityHashMap<>();
    final Map<Symbol, Stmt> declarations = new IdentityHashMap<>();
    final Map<Symbol, TypeRef> declaredTypes = new IdentityHashMap<>();
    final List<Stmt> types = new ArrayList<>();
    private final Set<Symbol> sharedGlobals = Collections.newSetFromMap(new IdentityHashMap<>());
    private Node unit;

    Units(Resolution resolution, ProgramBuilder program) {
        this.resolution = resolution;
        this.program = program;
    }

    /** Walks the program; the entry function must already be declared (it is function 0). */
    void scan(Block topLevel) {
        unit = topLevel;
        block(topLevel);
    }

    /** Whether a top-level variable is stored as a global (used outside the top level). */
    boolean isSharedGlobal(Symbol s) {
        return sharedGlobals.contains(s);
    }

    private void block(Block b) {
        if (b != null) {
            b.statements().forEach(this::stmt);
        }
    }

    private void declare(Node node, Stmt declaration, TypeRef type) {
        for (Symbol s : resolution.declared(node)) {
            if (declaration != null) {
                declarations.put(s, declaration);
            }
            if (type != null) {
                declaredTypes.put(s, type);
            }
        }
    }

    private void enter(Node node, String name, Runnable body) {
        functions.put(node, program.function(name));
        Node outer = unit;
        unit = node;
        body.run();
        unit = outer;
    }

    private void params(List<Param> params) {
        for (Param p : params) {
            declare(p, null, p.type());
            expr(p.defaultValue());
        }
    }

    private void process(Stmt.ProcessDecl p) {
        enter(p, p.name(), () -> {
            params(p.params());
            block(p.body());
        });
    }

    private void typeBody(Stmt decl, String name, List<Stmt.FieldDecl> fields, List<Stmt.ProcessDecl> methods) {
        types.add(decl);
        if (fields.stream().anyMatch(f -> f.defaultValue() != null)) {
            ProgramBuilder.FunctionBuilder init = program.function("<fields>");
            fieldInitialisers.put(decl, init);
            functions.put(decl, init);
            Node outer = unit;
            unit = decl;
            fields.forEach(f -> expr(f.defaultValue()));
            unit = outer;
        }
        methods.forEach(this::process);
    }

    private void stmt(Stmt s) {
        switch (s) {
            case Stmt.Let l -> {
                expr(l.init());
                declare(l, l, l.type());
            }
            case Stmt.Define d -> {
                expr(d.value());
                declare(d, d, d.type());
            }
            case Stmt.Assign a -> {
                expr(a.target());
                expr(a.value());
            }
            case Stmt.ExprStmt e -> expr(e.expr());
            case Stmt.Display d -> expr(d.value());
            case Stmt.Return r -> expr(r.value());
            case Stmt.Throw t -> expr(t.value());
            case Stmt.Yield y -> expr(y.value());
            case Stmt.If i -> {
                for (Stmt.Branch b : i.branches()) {
                    expr(b.condition());
                    block(b.body());
                }
                block(i.otherwise());
            }
            case Stmt.While w -> {
                expr(w.condition());
                block(w.body());
            }
            case Stmt.ForRange f -> {
                expr(f.from());
                expr(f.to());
                expr(f.step());
                block(f.body());
            }
            case Stmt.ForEach f -> {
                expr(f.iterable());
                block(f.body());
            }
            case Stmt.Match m -> {
                expr(m.subject());
                for (Stmt.When w : m.cases()) {
                    for (Pattern p : w.patterns()) {
                        if (p instanceof Pattern.Literal lit) {
                            expr(lit.value());
                        } else if (p instanceof Pattern.Binding b) {
                            declare(b, null, b.type());
                        }
                    }
                    expr(w.guard());
                    block(w.body());
                }
                block(m.otherwise());
            }
            case Stmt.Try t -> {
                block(t.body());
                t.catches().forEach(c -> block(c.body()));
                block(t.finallyBlock());
            }
            case Stmt.TaskGroup g -> block(g.body());
            case Stmt.Send send -> {
                args(send.arguments());
                expr(send.actor());
            }
            case Stmt.ProcessDecl p -> {
                declare(p, p, null);
                process(p);
            }
            case Stmt.ClassDecl c -> {
                declare(c, c, null);
                typeBody(c, c.name(), c.fields(), c.methods());
            }
            case Stmt.ActorDecl a -> {
                declare(a, a, null);
                typeBody(a, a.name(), a.fields(), a.handlers());
            }
            case Stmt.ExternalProcess e -> {
                declare(e, e, null);
                functions.put(e, program.function(e.name()));
                e.params().forEach(p -> expr(p.defaultValue()));
            }
            case Stmt.Break b -> { }
            case Stmt.Continue c -> { }
            case Stmt.Retry r -> { }
            case Stmt.Import i -> { }
            case Stmt.ExternalLibrary l -> { }
        }
    }

    private void args(List<Arg> args) {
        args.forEach(a -> expr(a.value()));
    }

    private void exprs(List<Expr> list) {
        list.forEach(this::expr);
    }

    private void expr(Expr e) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Expr.Name n -> {
                Symbol s = resolution.symbol(n);
                if (s != null && s.isGlobal() && s.kind() == SymbolKind.VARIABLE && !(unit instanceof Block)) {
                    sharedGlobals.add(s);
                }
            }
            case Expr.Unary u -> expr(u.operand());
            case Expr.Binary b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.ListLit l -> exprs(l.elements());
            case Expr.SetLit l -> exprs(l.elements());
            case Expr.TupleLit l -> exprs(l.elements());
            case Expr.MapLit m -> m.entries().forEach(en -> {
                expr(en.key());
                expr(en.value());
            });
            case Expr.IsA i -> expr(i.value());
            case Expr.Call c -> {
                expr(c.callee());
                args(c.arguments());
            }
            case Expr.Member m -> expr(m.target());
            case Expr.Index i -> {
                expr(i.target());
                expr(i.index());
            }
            case Expr.Construct c -> args(c.arguments());
            case Expr.Lambda l -> enter(l, "<lambda>", () -> {
                params(l.params());
                expr(l.body());
            });
            case Expr.TypeOf t -> expr(t.operand());
            case Expr.LengthOf l -> expr(l.operand());
            case Expr.Await a -> expr(a.task());
            case Expr.Ask a -> {
                expr(a.actor());
                args(a.arguments());
                expr(a.timeoutMs());
            }
            default -> { }
        }
    }
}
