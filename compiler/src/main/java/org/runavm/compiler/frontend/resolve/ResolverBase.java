package org.runavm.compiler.frontend.resolve;

import org.runavm.compiler.frontend.ast.Node;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.TypeRef;
import org.runavm.compiler.frontend.diag.DiagnosticSink;

/**
 * Scope bookkeeping shared by the resolver layers: entering and leaving scopes and units,
 * declaring (with the no-shadowing rule) and looking up names (marking captures).
 */
abstract class ResolverBase {

    final DiagnosticSink sink;
    final Resolution result = new Resolution();
    Scope scope;
    /** The declaring statement of each hoisted symbol (processes, classes, externals), for call checks. */
    final java.util.Map<Symbol, org.runavm.compiler.frontend.ast.Stmt> declarations = new java.util.HashMap<>();
    final CallChecker calls = new CallChecker(declarations, this);
    /** The unit being resolved and its statement context. */
    Context ctx;

    /** Per-unit state for the statement rules ({@code Break} in a loop, {@code Retry} in a {@code Catch}). */
    static final class Context {
        final FunctionInfo function;
        final Context outer;
        int loops;
        int catches;

        Context(FunctionInfo function, Context outer) {
            this.function = function;
            this.outer = outer;
        }
    }

    ResolverBase(DiagnosticSink sink) {
        this.sink = sink;
        scope = new Scope(null, null, false); // the built-ins belong to no unit
        for (String name : Builtins.VALUES) {
            scope.put(new Symbol(name, SymbolKind.BUILTIN, null, null, true, false));
        }
        for (String name : Builtins.ERROR_TYPES) {
            scope.put(new Symbol(name, SymbolKind.BUILTIN, null, null, true, false));
        }
    }

    final void error(Pos p, String message) {
        sink.error(p.line(), p.column(), message);
    }

    final void pushScope(boolean loopBody) {
        boolean perIteration = loopBody || (scope.perIteration && scope.function == ctx.function);
        scope = new Scope(scope, ctx.function, perIteration);
    }

    final void popScope() {
        scope = scope.parent;
    }

    /** Enters a new unit; its scope's parent is the current scope (closures see enclosing names). */
    final FunctionInfo enterFunction(FunctionInfo.Kind kind, Node node, org.runavm.compiler.frontend.ast.Stmt.ProcessDecl p,
                                     org.runavm.compiler.frontend.ast.Stmt.ClassDecl owner) {
        FunctionInfo f = new FunctionInfo(kind, node, ctx == null ? null : ctx.function, p, owner);
        result.function(node, f);
        ctx = new Context(f, ctx);
        scope = new Scope(scope, f, false);
        return f;
    }

    final void leaveFunction() {
        popScope();
        ctx = ctx.outer;
    }

    final boolean atTopLevelBlock() {
        return ctx.function.kind() == FunctionInfo.Kind.TOP_LEVEL && scope.parent != null && scope.parent.function == null;
    }

    /**
     * Declares a name in the current scope. Rejects a second declaration in the same scope, and a
     * declaration that would hide a name of an enclosing scope of the same unit (no shadowing).
     */
    final Symbol declare(Node declaring, String name, SymbolKind kind, Pos pos) {
        for (Scope s = scope; s != null && s.function == ctx.function; s = s.parent) {
            Symbol existing = s.local(name);
            if (existing != null) {
                if (existing.declared() != null) {
                    error(pos, "`" + name + "` is already declared at line " + existing.declared().line()
                            + " (shadowing is not allowed)");
                }
                return existing;
            }
        }
        Symbol sym = new Symbol(name, kind, pos, ctx.function, atTopLevelBlock(), scope.perIteration);
        scope.put(sym);
        if (sym.isGlobal()) {
            result.global(sym);
        } else {
            ctx.function.addLocal(sym);
        }
        if (declaring != null) {
            result.declare(declaring, sym);
        }
        return sym;
    }

    /** Looks a name up; marks it captured by every unit between its owner and the current one. */
    final Symbol lookup(String name) {
        Symbol s = scope.lookup(name);
        if (s != null && s.owner() != null && !s.isGlobal() && s.owner() != ctx.function) {
            s.markCaptured();
            for (FunctionInfo f = ctx.function; f != null && f != s.owner(); f = f.parent()) {
                f.addCapture(s);
            }
        }
        return s;
    }

    /** Checks the names in a type annotation; an unknown one is a warning (it may come from a module). */
    final void resolveType(TypeRef t) {
        if (t == null) {
            return;
        }
        String head = t.name();
        int dot = head.indexOf('.');
        if (dot >= 0) {
            String module = head.substring(0, dot);
            if (lookup(module) == null) {
                error(t.pos(), "`" + module + "` is not declared");
            }
        } else if (!Builtins.TYPES.contains(head) && !Builtins.ERROR_TYPES.contains(head)) {
            Symbol s = lookup(head);
            if (s == null) {
                sink.warning(t.pos().line(), t.pos().column(), "unknown type `" + head + "`");
            } else if (!(s.kind() == SymbolKind.CLASS || s.kind() == SymbolKind.ACTOR || s.kind() == SymbolKind.IMPORTED
                    || s.kind() == SymbolKind.BUILTIN)) {
                error(t.pos(), "`" + head + "` is a " + s.kind().description + ", not a type");
            }
        }
        for (TypeRef arg : t.arguments()) {
            resolveType(arg);
        }
    }
}
