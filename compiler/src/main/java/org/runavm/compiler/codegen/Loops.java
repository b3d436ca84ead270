package org.runavm.compiler.codegen;

import java.util.List;

import org.runavm.compiler.frontend.ast.Expr;
import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.resolve.Symbol;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;

/**
 * {@code For} loops. A range loop keeps counter, limit and step in three consecutive slots tested
 * by {@code RANGE_TEST} (which also rejects a zero step); the loop variable is the counter itself
 * unless a closure captures it, in which case each iteration copies the counter into a fresh cell.
 * {@code For each} keeps its iterator in a slot and steps it with {@code FOR_ITER}.
 */
final class Loops {

    private final StatementCompiler s;
    private final Frame f;

    Loops(StatementCompiler statements) {
        this.s = statements;
        this.f = statements.f;
    }

    void forRange(Stmt.ForRange r) {
        List<Symbol> declared = s.g.resolution.declared(r);
        Symbol variable = declared.isEmpty() ? null : declared.getFirst();
        boolean separate = variable == null || Frame.inCell(variable);
        int counter = separate ? f.temp() : f.slot(variable);
        // RANGE_TEST needs the limit and step right after the counter.
        int limit = f.temp();
        int step = f.temp();
        if (limit != counter + 1 || step != counter + 2) {
            counter = limit;
            limit = step;
            step = f.temp();
            if (!separate) {
                f.emit(Opcode.LOAD_NULL);
                f.emit(Opcode.STORE_LOCAL, f.slot(variable));
                separate = true;
            }
        }
        boolean ints = s.knownInteger(r.from()) && (r.step() == null || s.knownInteger(r.step()));
        if (ints && variable != null && !variable.isReassigned()) {
            f.knownIntegers.add(variable);
        }
        s.expr(r.from());
        f.emit(Opcode.STORE_LOCAL, counter);
        s.expr(r.to());
        f.emit(Opcode.STORE_LOCAL, limit);
        if (r.step() == null) {
            s.integer(1);
        } else {
            s.expr(r.step());
        }
        f.emit(Opcode.STORE_LOCAL, step);
        CodeAssembler.Label top = f.code.here();
        CodeAssembler.Label next = f.code.newLabel();
        CodeAssembler.Label end = f.code.newLabel();
        f.at(r.pos());
        f.jump(Opcode.RANGE_TEST, end, counter);
        f.openScope();
        if (separate && variable != null) {
            f.emit(Opcode.LOAD_LOCAL, counter);
            s.bindFresh(variable, r.pos());
        }
        f.exits.add(new Frame.Loop(end, next));
        s.statements(r.body().statements());
        f.exits.removeLast();
        f.closeScope();
        f.code.bind(next);
        f.at(r.pos());
        if (f.optimize() && r.step() instanceof Expr.IntLit lit && lit.value() >= Byte.MIN_VALUE
                && lit.value() <= Byte.MAX_VALUE) {
            f.emit(Opcode.INC_LOCAL, counter, (int) lit.value());
        } else if (f.optimize() && r.step() == null) {
            f.emit(Opcode.INC_LOCAL, counter, 1);
        } else {
            f.emit(Opcode.LOAD_LOCAL, counter);
            f.emit(Opcode.LOAD_LOCAL, step);
            f.emit(ints && f.optimize() ? Opcode.ADD_INT : Opcode.ADD);
            f.emit(Opcode.STORE_LOCAL, counter);
        }
        f.jump(Opcode.JUMP, top);
        f.code.bind(end);
    }

    void forEach(Stmt.ForEach e) {
        List<Symbol> declared = s.g.resolution.declared(e);
        s.expr(e.iterable());
        f.at(e.pos());
        if (e.second() != null) {
            f.emit(Opcode.CALL_METHOD, s.g.program.text("entries"), 0);
        }
        f.emit(Opcode.GET_ITER);
        int iterator = f.temp();
        f.emit(Opcode.STORE_LOCAL, iterator);
        CodeAssembler.Label top = f.code.here();
        CodeAssembler.Label end = f.code.newLabel();
        f.at(e.pos());
        f.jump(Opcode.FOR_ITER, end, iterator);
        f.openScope();
        if (e.second() != null) {
            f.emit(Opcode.UNPACK, 2);
            store(declared, 1, e);
        }
        store(declared, 0, e);
        f.exits.add(new Frame.Loop(end, top));
        s.statements(e.body().statements());
        f.exits.removeLast();
        f.closeScope();
        f.jump(Opcode.JUMP, top);
        f.code.bind(end);
    }

    private void store(List<Symbol> declared, int index, Stmt.ForEach e) {
        if (index < declared.size()) {
            s.bindFresh(declared.get(index), e.pos());
        } else {
            f.emit(Opcode.POP);
        }
    }
}
