package org.runavm.compiler.frontend.parser;

import java.util.List;
import java.util.stream.Collectors;
import org.runavm.compiler.frontend.ast.Arg;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Param;
import org.runavm.compiler.frontend.ast.TypeRef;

/** Compact prefix notation of expressions for parser assertions: {@code (+ 1 (* 2 3))}. */
final class SExpr {

    private SExpr() {
    }

    static String of(Expr e) {
        return switch (e) {
            case Expr.IntLit i -> Long.toString(i.value());
            case Expr.DecLit d -> Double.toString(d.value());
            case Expr.TextLit t -> '"' + t.value() + '"';
            case Expr.BoolLit b -> Boolean.toString(b.value());
            case Expr.NullLit n -> "null";
            case Expr.Name n -> n.name();
            case Expr.SelfRef s -> "Self";
            case Expr.SuperRef s -> "Super";
            case Expr.Unary u -> "(" + u.op().symbol + " " + of(u.operand()) + ")";
            case Expr.Binary b -> "(" + b.op().symbol + " " + of(b.left()) + " " + of(b.right()) + ")";
            case Expr.IsA i -> "(is" + (i.negated() ? "-not" : "") + "-a " + of(i.value()) + " " + type(i.type()) + ")";
            case Expr.Call c -> "(call " + of(c.callee()) + args(c.arguments()) + ")";
            case Expr.Member m -> "(. " + of(m.target()) + " " + m.name() + ")";
            case Expr.Index i -> "([] " + of(i.target()) + " " + of(i.index()) + ")";
            case Expr.Construct c -> "(new " + type(c.type()) + args(c.arguments()) + ")";
            case Expr.Lambda l -> "(lambda (" + l.params().stream().map(SExpr::param).collect(Collectors.joining(" "))
                    + ") " + of(l.body()) + ")";
            case Expr.TypeOf t -> "(type-of " + of(t.operand()) + ")";
            case Expr.LengthOf l -> "(length-of " + of(l.operand()) + ")";
            case Expr.Await a -> "(await " + of(a.task()) + ")";
            case Expr.Ask a -> "(ask " + of(a.actor()) + " " + a.message() + args(a.arguments())
                    + (a.timeoutMs() == null ? "" : " within " + of(a.timeoutMs())) + ")";
            case Expr.ListLit l -> "[" + list(l.elements()) + "]";
            case Expr.SetLit s -> "Set{" + list(s.elements()) + "}";
            case Expr.TupleLit t -> "(tuple " + list(t.elements()) + ")";
            case Expr.MapLit m -> "{" + m.entries().stream().map(en -> of(en.key()) + ": " + of(en.value()))
                    .collect(Collectors.joining(", ")) + "}";
            case Expr.Error err -> "<error>";
        };
    }

    static String type(TypeRef t) {
        return t.display();
    }

    private static String param(Param p) {
        return p.name() + (p.type() == null ? "" : ":" + type(p.type()))
                + (p.defaultValue() == null ? "" : "=" + of(p.defaultValue()));
    }

    private static String args(List<Arg> args) {
        return args.stream().map(a -> " " + (a.name() == null ? "" : a.name() + ":") + of(a.value()))
                .collect(Collectors.joining());
    }

    private static String list(List<Expr> es) {
        return es.stream().map(SExpr::of).collect(Collectors.joining(", "));
    }
}
