package org.runavm.compiler.codegen;

import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.ast.TypeRef;
import org.runavm.compiler.frontend.resolve.Symbol;
import org.runavm.kernel.bytecode.Opcode;

/**
 * Assignments to a name, a field ({@code obj.f = v}, with the field's annotation checked on
 * {@code Self}) or an element ({@code c[i] = v}); compound forms read, combine and write back,
 * evaluating the target once ({@code DUP}, {@code DUP2}); {@code x += k} on a plain local is one
 * {@code INC_LOCAL} when optimizing.
 */
final class Assignments {

    private final StatementCompiler st;
    private final Frame f;
    private final Generation g;

    Assignments(StatementCompiler statements) {
        this.st = statements;
        this.f = statements.f;
        this.g = statements.g;
    }

    void assign(Stmt.Assign a) {
        switch (a.target()) {
            case Expr.Name n -> {
                Symbol s = g.resolution.symbol(n);
                if (s == null) {
                    g.error(n.pos(), "`" + n.name() + "` is not declared");
                    return;
                }
                if (increment(a, s)) {
                    return;
                }
                if (a.op() != null) {
                    st.loadSymbol(s, n.pos());
                    st.expr(a.value());
                    f.at(a.pos());
                    boolean ints = f.optimize() && f.knownIntegers.contains(s) && st.knownInteger(a.value());
                    f.emit(ExpressionCompiler.operator(a.op(), ints));
                } else {
                    st.expr(a.value());
                }
                st.checkType(g.units.declaredTypes.get(s), a.op() == null ? a.value() : null, s.name(), a.pos());
                st.storeSymbol(s, a.pos());
            }
            case Expr.Member m -> {
                st.expr(m.target());
                if (a.op() != null) {
                    f.emit(Opcode.DUP);
                    f.at(m.pos());
                    st.getField(m.name());
                    st.expr(a.value());
                    f.at(a.pos());
                    f.emit(ExpressionCompiler.operator(a.op(), false));
                } else {
                    st.expr(a.value());
                }
                if (m.target() instanceof Expr.SelfRef) {
                    TypeRef fieldType = g.fieldType(f, m.name());
                    st.checkType(fieldType, m.name(), a.pos());
                }
                f.at(a.pos());
                st.setField(m.name());
            }
            case Expr.Index i -> {
                st.expr(i.target());
                st.expr(i.index());
                if (a.op() != null) {
                    f.emit(Opcode.DUP2);
                    f.at(i.pos());
                    f.emit(Opcode.GET_INDEX);
                    st.expr(a.value());
                    f.at(a.pos());
                    f.emit(ExpressionCompiler.operator(a.op(), false));
                } else {
                    st.expr(a.value());
                }
                f.at(a.pos());
                f.emit(Opcode.SET_INDEX);
            }
            default -> g.error(a.pos(), "this cannot be assigned to");
        }
    }

    /** {@code x += k} on a plain local with a small Integer constant: one INC_LOCAL. */
    private boolean increment(Stmt.Assign a, Symbol s) {
        if (!f.optimize() || !f.owns(s) || Frame.inCell(s) || st.isGlobal(s)
                || !(a.value() instanceof Expr.IntLit lit) || a.op() == null) {
            return false;
        }
        TypeRef declared = g.units.declaredTypes.get(s);
        if (declared != null && !g.isBuiltInInteger(declared)) {
            return false;
        }
        long delta = switch (a.op()) {
            case ADD -> lit.value();
            case SUB -> -lit.value();
            default -> Long.MIN_VALUE;
        };
        if (delta < Byte.MIN_VALUE || delta > Byte.MAX_VALUE) {
            return false;
        }
        f.at(a.pos());
        f.emit(Opcode.INC_LOCAL, f.slot(s), (int) delta);
        return true;
    }

}
