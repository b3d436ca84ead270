package org.runavm.compiler.frontend.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.runavm.compiler.frontend.ast.Arg;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Param;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.Stmt;

/**
 * Checks calls whose target is known at compile time — a process, an external process, or the
 * construction of a class (its {@code initialize}, own or inherited) — against the parameters:
 * not too many positional arguments, only existing parameter names, nothing given twice, every
 * parameter without a default supplied. Calls through variables, members or methods are dynamic and
 * are checked at run time.
 */
final class CallChecker {

    private final Map<Symbol, Stmt> declarations;
    private final ResolverBase r;

    CallChecker(Map<Symbol, Stmt> declarations, ResolverBase resolver) {
        this.declarations = declarations;
        this.r = resolver;
    }

    void check(Expr.Call call, Symbol target) {
        Stmt decl = declarations.get(target);
        switch (decl) {
            case Stmt.ProcessDecl p -> check(call, "`" + p.name() + "`", p.params(), false);
            case Stmt.ExternalProcess e -> check(call, "`" + e.name() + "`", e.params(), isVariadic(e.params()));
            case Stmt.ClassDecl c -> checkConstruction(call, c);
            case null, default -> { }
        }
    }

    private void checkConstruction(Expr.Call call, Stmt.ClassDecl c) {
        Stmt.ClassDecl current = c;
        for (int depth = 0; depth < 1_000; depth++) {
            for (Stmt.ProcessDecl m : current.methods()) {
                if (m.name().equals("initialize")) {
                    check(call, "`" + c.name() + "` (its `initialize`)", m.params(), false);
                    return;
                }
            }
            if (current.parent() == null) {
                if (!call.arguments().isEmpty()) {
                    r.error(call.arguments().get(0).pos(), "`" + c.name() + "` has no `initialize`, so it is constructed"
                            + " without arguments (set fields afterwards, or add `initialize`)");
                }
                return;
            }
            Symbol parent = r.scope.lookup(current.parent());
            if (!(declarations.get(parent) instanceof Stmt.ClassDecl next)) {
                return; // a built-in or imported parent: its initialize is not known here
            }
            current = next;
        }
    }

    private static boolean isVariadic(List<Param> params) {
        for (Param p : params) {
            if (p.type() != null && p.type().name().equals("Any")) {
                return true;
            }
        }
        return false;
    }

    private void check(Expr.Call call, String what, List<Param> params, boolean variadic) {
        int positional = 0;
        List<String> named = new ArrayList<>();
        for (Arg a : call.arguments()) {
            if (a.name() == null) {
                positional++;
                continue;
            }
            int index = indexOf(params, a.name());
            if (index < 0) {
                r.error(a.pos(), what + " has no parameter named `" + a.name() + "`");
            } else if (index < positional) {
                r.error(a.pos(), "argument `" + a.name() + "` is already given by position");
            }
            named.add(a.name());
        }
        if (positional > params.size() && !variadic) {
            Pos at = call.arguments().get(params.size()).pos();
            r.error(at, what + " takes " + count(params.size()) + " but " + positional
                    + (positional == 1 ? " was" : " were") + " given");
            return;
        }
        List<String> missing = new ArrayList<>();
        for (int i = positional; i < params.size(); i++) {
            Param p = params.get(i);
            if (p.defaultValue() == null && !named.contains(p.name()) && !(variadic && isAny(p))) {
                missing.add("`" + p.name() + "`");
            }
        }
        if (!missing.isEmpty()) {
            r.error(call.pos(), "missing " + (missing.size() == 1 ? "argument " : "arguments ")
                    + String.join(", ", missing) + " in the call of " + what);
        }
    }

    private static boolean isAny(Param p) {
        return p.type() != null && p.type().name().equals("Any");
    }

    private static int indexOf(List<Param> params, String name) {
        for (int i = 0; i < params.size(); i++) {
            if (params.get(i).name().equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static String count(int n) {
        return n == 0 ? "no arguments" : n == 1 ? "1 argument" : n + " arguments";
    }
}
