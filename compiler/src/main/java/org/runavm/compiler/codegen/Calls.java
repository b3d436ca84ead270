package org.runavm.compiler.codegen;

import java.util.ArrayList;
import java.util.List;

import org.runavm.compiler.frontend.ast.Arg;
import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Pos;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.ast.TypeRef;
import org.runavm.compiler.frontend.resolve.Symbol;
import org.runavm.compiler.frontend.resolve.SymbolKind;
import org.runavm.kernel.bytecode.Opcode;

/**
 * Calls: {@code NEW} for classes of the file, {@code CALL_KNOWN} for top-level processes when
 * optimizing, {@code CALL_SUPER}, method calls (with inline caches when optimizing), named
 * arguments ({@code CALL_NAMED}, {@code CALL_METHOD_NAMED}), tail calls at level 2 and above, and
 * construction of generic built-ins ({@code List of Integer()}).
 */
final class Calls {

    private final ExpressionCompiler e;
    private final Frame f;
    private final Generation g;

    Calls(ExpressionCompiler expressions) {
        this.e = expressions;
        this.f = expressions.f;
        this.g = expressions.g;
    }

    /** Pushes positional arguments; named ones are an error where only positional ones are allowed. */
    int positional(List<Arg> args, Pos pos) {
        for (Arg a : args) {
            if (a.name() != null) {
                g.error(a.pos(), "named arguments cannot be used in a message; pass them in order");
            }
            e.expr(a.value());
        }
        return args.size();
    }

    /** Pushes arguments, positional first; returns the names of the trailing named ones. */
    private List<String> arguments(List<Arg> args) {
        List<String> names = new ArrayList<>();
        for (Arg a : args) {
            e.expr(a.value());
            if (a.name() != null) {
                names.add(a.name());
            }
        }
        return names;
    }

    void call(Expr.Call c) {
        if (c.callee() instanceof Expr.Member m) {
            methodCall(c, m);
            return;
        }
        if (c.callee() instanceof Expr.Name n) {
            Symbol s = g.resolution.symbol(n);
            if (s != null && knownCall(c, s)) {
                return;
            }
        }
        e.expr(c.callee());
        List<String> names = arguments(c.arguments());
        f.at(c.pos());
        if (names.isEmpty()) {
            f.emit(Opcode.CALL, c.arguments().size());
        } else {
            f.emit(Opcode.CALL_NAMED, g.program.names(names), c.arguments().size());
        }
    }

    /**
     * {@code Return f(args)} at optimize level 2 and above: {@code TAIL_CALL_KNOWN} or
     * {@code TAIL_CALL}, which reuse the frame. Returns false (emitting nothing) for calls that
     * have no tail form: method calls, named arguments, construction.
     */
    boolean tailCall(Expr.Call c) {
        if (c.callee() instanceof Expr.Member || c.arguments().stream().anyMatch(a -> a.name() != null)) {
            return false;
        }
        Symbol s = c.callee() instanceof Expr.Name n ? g.resolution.symbol(n) : null;
        Stmt decl = s == null ? null : g.units.declarations.get(s);
        if (s != null && s.kind() == SymbolKind.CLASS && decl instanceof Stmt.ClassDecl) {
            return false;
        }
        if (s != null && s.isGlobal() && decl instanceof Stmt.ProcessDecl p && g.capturesNothing(p)
                && c.arguments().size() <= p.params().size()
                && c.arguments().size() >= (int) p.params().stream().filter(x -> x.defaultValue() == null).count()) {
            c.arguments().forEach(a -> e.expr(a.value()));
            f.at(c.pos());
            f.emit(Opcode.TAIL_CALL_KNOWN, g.units.functions.get(p).id(), c.arguments().size());
            return true;
        }
        e.expr(c.callee());
        c.arguments().forEach(a -> e.expr(a.value()));
        f.at(c.pos());
        f.emit(Opcode.TAIL_CALL, c.arguments().size());
        return true;
    }

    /** Construction of a class of this file ({@code NEW}) and calls of known processes ({@code CALL_KNOWN}). */
    private boolean knownCall(Expr.Call c, Symbol s) {
        boolean positionalOnly = c.arguments().stream().allMatch(a -> a.name() == null);
        if (positionalOnly && s.kind() == SymbolKind.CLASS && g.units.declarations.get(s) instanceof Stmt.ClassDecl cls) {
            c.arguments().forEach(a -> e.expr(a.value()));
            f.at(c.pos());
            f.emit(Opcode.NEW, g.types.struct(cls), c.arguments().size());
            return true;
        }
        Stmt.ProcessDecl p = knownProcess(c);
        if (p == null) {
            return false;
        }
        c.arguments().forEach(a -> e.expr(a.value()));
        f.at(c.pos());
        f.emit(Opcode.CALL_KNOWN, g.units.functions.get(p).id(), c.arguments().size());
        return true;
    }

    /**
     * The process of this file that {@code c} calls as {@code CALL_KNOWN} (optimizing, positional
     * arguments only, a top-level process that captures nothing, given at least its required
     * parameters), or null. A process's name cannot be assigned, so the call always runs it.
     */
    Stmt.ProcessDecl knownProcess(Expr.Call c) {
        if (!f.optimize() || !(c.callee() instanceof Expr.Name n) || c.arguments().stream().anyMatch(a -> a.name() != null)) {
            return null;
        }
        Symbol s = g.resolution.symbol(n);
        if (s != null && s.isGlobal() && g.units.declarations.get(s) instanceof Stmt.ProcessDecl p && g.capturesNothing(p)
                && c.arguments().size() <= p.params().size()
                && c.arguments().size() >= (int) p.params().stream().filter(x -> x.defaultValue() == null).count()) {
            return p;
        }
        return null;
    }

    private void methodCall(Expr.Call c, Expr.Member m) {
        if (m.target() instanceof Expr.SuperRef sup) {
            e.self(sup.pos());
            List<String> names = arguments(c.arguments());
            if (!names.isEmpty()) {
                g.error(c.pos(), "`Super` calls take positional arguments only");
            }
            f.at(c.pos());
            f.emit(Opcode.CALL_SUPER, g.currentClassType(f, c.pos()), g.program.text(m.name()), c.arguments().size());
            return;
        }
        e.expr(m.target());
        List<String> names = arguments(c.arguments());
        f.at(c.pos());
        int name = g.program.text(m.name());
        if (!names.isEmpty()) {
            f.emit(Opcode.CALL_METHOD_NAMED, name, g.program.names(names), c.arguments().size());
        } else if (f.optimize()) {
            f.emit(Opcode.CALL_METHOD_IC, name, f.cache(), c.arguments().size());
        } else {
            f.emit(Opcode.CALL_METHOD, name, c.arguments().size());
        }
    }

    void construct(Expr.Construct c) {
        TypeRef t = c.type();
        Opcode empty = switch (t.name()) {
            case "List" -> Opcode.NEW_LIST;
            case "Set" -> Opcode.NEW_SET;
            case "Map" -> Opcode.NEW_MAP;
            default -> null;
        };
        if (empty != null && c.arguments().isEmpty()) {
            f.at(c.pos());
            f.emit(empty, 0);
            return;
        }
        f.at(c.pos());
        f.emit(Opcode.LOAD_GLOBAL, g.program.text(t.name()));
        List<String> names = arguments(c.arguments());
        f.at(c.pos());
        if (names.isEmpty()) {
            f.emit(Opcode.CALL, c.arguments().size());
        } else {
            f.emit(Opcode.CALL_NAMED, g.program.names(names), c.arguments().size());
        }
    }

}
