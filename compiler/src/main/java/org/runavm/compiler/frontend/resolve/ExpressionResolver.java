package org.runavm.compiler.frontend.resolve;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.runavm.compiler.frontend.ast.Arg;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Param;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.diag.DiagnosticSink;

/**
 * Resolves names inside expressions: every {@link Expr.Name} to its {@link Symbol}, {@code Self}
 * and {@code Super} to an enclosing method, and lambdas as units of their own.
 */
abstract class ExpressionResolver extends ResolverBase {

    ExpressionResolver(DiagnosticSink sink) {
        super(sink);
    }

    final void exprs(List<Expr> list) {
        for (Expr e : list) {
            expr(e);
        }
    }

    final void args(List<Arg> args) {
        Set<String> seen = null;
        for (Arg a : args) {
            if (a.name() != null) {
                if (seen == null) {
                    seen = new HashSet<>();
                }
                if (!seen.add(a.name())) {
                    error(a.pos(), "argument `" + a.name() + "` is given twice");
                }
            } else if (seen != null) {
                error(a.pos(), "a positional argument cannot follow a named one");
            }
            expr(a.value());
        }
    }

    final void expr(Expr e) {
        if (e == null) {
            return;
        }
        switch (e) {
            case Expr.Name n -> name(n);
            case Expr.SelfRef s -> self(s.pos(), "Self");
            case Expr.SuperRef s -> superRef(s.pos());
            case Expr.Unary u -> expr(u.operand());
            case Expr.Binary b -> {
                expr(b.left());
                expr(b.right());
            }
            case Expr.ListLit l -> exprs(l.elements());
            case Expr.SetLit s -> exprs(s.elements());
            case Expr.TupleLit t -> exprs(t.elements());
            case Expr.MapLit m -> m.entries().forEach(en -> {
                expr(en.key());
                expr(en.value());
            });
            case Expr.IsA i -> {
                expr(i.value());
                resolveType(i.type());
            }
            case Expr.Call c -> {
                expr(c.callee());
                args(c.arguments());
                if (c.callee() instanceof Expr.Name n && result.symbol(n) != null) {
                    calls.check(c, result.symbol(n));
                }
            }
            case Expr.Member m -> expr(m.target());
            case Expr.Index i -> {
                expr(i.target());
                expr(i.index());
            }
            case Expr.Construct c -> {
                resolveType(c.type());
                args(c.arguments());
            }
            case Expr.Lambda l -> lambda(l);
            case Expr.TypeOf t -> expr(t.operand());
            case Expr.LengthOf l -> expr(l.operand());
            case Expr.Await a -> expr(a.task());
            case Expr.Ask a -> {
                expr(a.actor());
                args(a.arguments());
                expr(a.timeoutMs());
            }
            case Expr.IntLit i -> { }
            case Expr.DecLit d -> { }
            case Expr.TextLit t -> { }
            case Expr.BoolLit b -> { }
            case Expr.NullLit n -> { }
            case Expr.Error err -> { }
        }
    }

    private void name(Expr.Name n) {
        Symbol s = lookup(n.name());
        if (s == null) {
            error(n.pos(), NameHints.undeclared(n.name(), scope));
            return;
        }
        result.use(n, s);
    }

    /**
     * {@code Self} is the receiver of the nearest enclosing method or handler; inside a lambda or
     * inner process of one, it is captured like a variable.
     */
    final FunctionInfo self(Pos p, String word) {
        for (FunctionInfo f = ctx.function; f != null; f = f.parent()) {
            if (f.hasOwnSelf()) {
                for (FunctionInfo g = ctx.function; g != f; g = g.parent()) {
                    g.markCapturesSelf();
                }
                return f;
            }
        }
        error(p, "`" + word + "` can only be used inside a method of a class or actor");
        return null;
    }

    private void superRef(Pos p) {
        FunctionInfo method = self(p, "Super");
        if (method == null) {
            return;
        }
        if (method.ownerClass() == null) {
            error(p, "`Super` can only be used in a class (actors have no parent)");
        } else if (method.ownerClass().parent() == null) {
            error(p, "`Super` used in class `" + method.ownerClass().name() + "`, which does not extend another class");
        }
    }

    private void lambda(Expr.Lambda l) {
        defaults(l.params());
        enterFunction(FunctionInfo.Kind.LAMBDA, l, null, null);
        params(l.params());
        expr(l.body());
        leaveFunction();
    }

    /** Parameter defaults and types are evaluated where the unit is declared, before entering it. */
    final void defaults(List<Param> params) {
        for (Param p : params) {
            resolveType(p.type());
            expr(p.defaultValue());
        }
    }

    final void params(List<Param> params) {
        boolean sawDefault = false;
        for (Param p : params) {
            declare(p, p.name(), SymbolKind.PARAMETER, p.pos());
            if (p.defaultValue() != null) {
                sawDefault = true;
            } else if (sawDefault) {
                error(p.pos(), "parameter `" + p.name() + "` needs a default value, as the parameters before it have one");
            }
        }
    }
}
