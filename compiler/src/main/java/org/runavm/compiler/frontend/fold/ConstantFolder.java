package org.runavm.compiler.frontend.fold;

import java.util.ArrayList;
import java.util.List;
import org.runavm.compiler.frontend.ast.Arg;
import org.runavm.compiler.frontend.ast.Block;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Param;
import org.runavm.compiler.frontend.ast.Program;
import org.runavm.compiler.frontend.ast.Stmt;

/**
 * Folds literal arithmetic, comparison and concatenation ({@code 60 * 60 * 24},
 * {@code "a" + 1}, {@code not true}) into literals, bottom-up, over a whole {@link Program}.
 *
 * <p>It runs before name resolution (whose side tables are keyed by node identity) and returns
 * a rebuilt tree; leaves that cannot change are shared with the input. The rules (and why an overflowing expression is
 * left alone) are in {@link LiteralArithmetic}.
 */
public final class ConstantFolder {

    public Program fold(Program program) {
        return new Program(program.file(), block(program.body()));
    }

    Block block(Block b) {
        if (b == null) {
            return null;
        }
        List<Stmt> out = new ArrayList<>(b.statements().size());
        for (Stmt s : b.statements()) {
            out.add(stmt(s));
        }
        return new Block(b.pos(), out);
    }

    Stmt stmt(Stmt s) {
        return switch (s) {
            case Stmt.Let l -> new Stmt.Let(l.pos(), l.name(), l.type(), expr(l.init()));
            case Stmt.Define d -> new Stmt.Define(d.pos(), d.name(), d.type(), expr(d.value()), d.isPrivate());
            case Stmt.Assign a -> new Stmt.Assign(a.pos(), expr(a.target()), a.op(), expr(a.value()));
            case Stmt.ExprStmt e -> new Stmt.ExprStmt(e.pos(), expr(e.expr()));
            case Stmt.Display d -> new Stmt.Display(d.pos(), expr(d.value()));
            case Stmt.Return r -> new Stmt.Return(r.pos(), expr(r.value()));
            case Stmt.Throw t -> new Stmt.Throw(t.pos(), expr(t.value()));
            case Stmt.Yield y -> new Stmt.Yield(y.pos(), expr(y.value()));
            case Stmt.Break b -> b;
            case Stmt.Continue c -> c;
            case Stmt.Retry r -> r;
            case Stmt.If i -> new Stmt.If(i.pos(), i.branches().stream()
                    .map(br -> new Stmt.Branch(br.pos(), expr(br.condition()), block(br.body()))).toList(),
                    block(i.otherwise()));
            case Stmt.While w -> new Stmt.While(w.pos(), expr(w.condition()), block(w.body()));
            case Stmt.ForRange f -> new Stmt.ForRange(f.pos(), f.variable(), expr(f.from()), expr(f.to()),
                    expr(f.step()), block(f.body()));
            case Stmt.ForEach f -> new Stmt.ForEach(f.pos(), f.first(), f.second(), expr(f.iterable()), block(f.body()));
            case Stmt.Match m -> new Stmt.Match(m.pos(), expr(m.subject()), m.cases().stream()
                    .map(w -> new Stmt.When(w.pos(), w.patterns(), expr(w.guard()), block(w.body()))).toList(),
                    block(m.otherwise()));
            case Stmt.Try t -> new Stmt.Try(t.pos(), block(t.body()), t.catches().stream()
                    .map(c -> new Stmt.Catch(c.pos(), c.variable(), c.type(), block(c.body()))).toList(),
                    block(t.finallyBlock()));
            case Stmt.TaskGroup g -> new Stmt.TaskGroup(g.pos(), g.name(), block(g.body()));
            case Stmt.Send send -> new Stmt.Send(send.pos(), send.message(), args(send.arguments()), expr(send.actor()));
            case Stmt.ProcessDecl p -> process(p);
            case Stmt.ClassDecl c -> new Stmt.ClassDecl(c.pos(), c.name(), c.parent(), c.parentPos(),
                    fields(c.fields()), c.methods().stream().map(this::process).toList(), c.isPrivate());
            case Stmt.ActorDecl a -> new Stmt.ActorDecl(a.pos(), a.name(), fields(a.fields()),
                    a.handlers().stream().map(this::process).toList(), a.isPrivate());
            case Stmt.ExternalProcess e -> new Stmt.ExternalProcess(e.pos(), e.name(), params(e.params()),
                    e.returns(), e.library(), e.symbol());
            case Stmt.Import i -> i;
            case Stmt.ExternalLibrary l -> l;
        };
    }

    private Stmt.ProcessDecl process(Stmt.ProcessDecl p) {
        return new Stmt.ProcessDecl(p.pos(), p.name(), params(p.params()), p.returns(), block(p.body()), p.kind(),
                p.isAsync(), p.isGenerator(), p.isPrivate());
    }

    private List<Stmt.FieldDecl> fields(List<Stmt.FieldDecl> fields) {
        return fields.stream().map(f -> new Stmt.FieldDecl(f.pos(), f.name(), f.type(), expr(f.defaultValue()))).toList();
    }

    private List<Param> params(List<Param> params) {
        return params.stream().map(p -> new Param(p.pos(), p.name(), p.type(), expr(p.defaultValue()))).toList();
    }

    private List<Arg> args(List<Arg> args) {
        return args.stream().map(a -> new Arg(a.pos(), a.name(), expr(a.value()))).toList();
    }

    private List<Expr> exprs(List<Expr> list) {
        return list.stream().map(this::expr).toList();
    }

    Expr expr(Expr e) {
        if (e == null) {
            return null;
        }
        return switch (e) {
            case Expr.Unary u -> {
                Expr operand = expr(u.operand());
                Expr folded = LiteralArithmetic.unary(u.pos(), u.op(), operand);
                yield folded != null ? folded : new Expr.Unary(u.pos(), u.op(), operand);
            }
            case Expr.Binary b -> {
                Expr left = expr(b.left());
                Expr right = expr(b.right());
                Expr folded = LiteralArithmetic.binary(b.pos(), b.op(), left, right);
                yield folded != null ? folded : new Expr.Binary(b.pos(), b.op(), left, right);
            }
            case Expr.ListLit l -> new Expr.ListLit(l.pos(), exprs(l.elements()));
            case Expr.SetLit s -> new Expr.SetLit(s.pos(), exprs(s.elements()));
            case Expr.TupleLit t -> new Expr.TupleLit(t.pos(), exprs(t.elements()));
            case Expr.MapLit m -> new Expr.MapLit(m.pos(), m.entries().stream()
                    .map(en -> new Expr.MapEntry(en.pos(), expr(en.key()), expr(en.value()))).toList());
            case Expr.IsA i -> new Expr.IsA(i.pos(), expr(i.value()), i.type(), i.negated());
            case Expr.Call c -> new Expr.Call(c.pos(), expr(c.callee()), args(c.arguments()));
            case Expr.Member m -> new Expr.Member(m.pos(), expr(m.target()), m.name());
            case Expr.Index i -> new Expr.Index(i.pos(), expr(i.target()), expr(i.index()));
            case Expr.Construct c -> new Expr.Construct(c.pos(), c.type(), args(c.arguments()));
            case Expr.Lambda l -> new Expr.Lambda(l.pos(), params(l.params()), expr(l.body()));
            case Expr.TypeOf t -> new Expr.TypeOf(t.pos(), expr(t.operand()));
            case Expr.LengthOf l -> {
                Expr operand = expr(l.operand());
                // `length of "abc"` is 3 (code points) whatever happens at run time.
                yield operand instanceof Expr.TextLit t
                        ? new Expr.IntLit(l.pos(), t.value().codePointCount(0, t.value().length()))
                        : new Expr.LengthOf(l.pos(), operand);
            }
            case Expr.Await a -> new Expr.Await(a.pos(), expr(a.task()));
            case Expr.Ask a -> new Expr.Ask(a.pos(), expr(a.actor()), a.message(), args(a.arguments()), expr(a.timeoutMs()));
            case Expr.IntLit i -> i;
            case Expr.DecLit d -> d;
            case Expr.TextLit t -> t;
            case Expr.BoolLit b -> b;
            case Expr.NullLit n -> n;
            case Expr.Name n -> n;
            case Expr.SelfRef s -> s;
            case Expr.SuperRef s -> s;
            case Expr.Error err -> err;
        };
    }
}
