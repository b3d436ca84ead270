package org.runavm.compiler.frontend.resolve;

import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Stmt;

/**
 * Checks an assignment's target: a declared, assignable variable ({@code LIMIT} is a constant,
 * {@code greet} a process: neither can be assigned), or a field / element whose parts resolve.
 */
final class AssignmentChecker {

    private final Resolver r;

    AssignmentChecker(Resolver resolver) {
        this.r = resolver;
    }

    void check(Stmt.Assign a) {
        // The value first: in `x = x + 1` the right side reads the old x.
        r.resolveExpr(a.value());
        switch (a.target()) {
            case Expr.Name n -> name(n);
            case Expr.Member m -> r.resolveExpr(m.target());
            case Expr.Index i -> {
                r.resolveExpr(i.target());
                r.resolveExpr(i.index());
            }
            default -> r.resolveExpr(a.target());
        }
    }

    private void name(Expr.Name n) {
        Symbol s = r.lookup(n.name());
        if (s == null) {
            r.error(n.pos(), NameHints.undeclared(n.name(), r.scope));
            return;
        }
        r.result.use(n, s);
        if (s.kind() == SymbolKind.CONSTANT) {
            r.error(n.pos(), "cannot assign to constant `" + n.name() + "`");
        } else if (!s.kind().assignable()) {
            r.error(n.pos(), "cannot assign to `" + n.name() + "`: it is a " + s.kind().description);
        } else {
            s.markReassigned();
        }
    }
}
