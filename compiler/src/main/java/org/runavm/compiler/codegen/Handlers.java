package org.runavm.compiler.codegen;

import java.util.ArrayList;
import java.util.List;

import org.runavm.compiler.frontend.ast.Stmt;
import org.runavm.compiler.frontend.resolve.Symbol;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramImage;

/**
 * {@code Try}/{@code Catch}/{@code Finally}, {@code Retry} and {@code Task Group}.
 *
 * <p>Catch clauses are exception-table entries over the {@code Try} block. {@code Finally} is
 * copied inline on every normal way out (end of the block or of a catch, {@code Return},
 * {@code Break}, {@code Continue}) and once as a finally-flagged handler that saves the error,
 * runs the block and rethrows with {@code UNWIND}. The protected ranges leave out the inline
 * copies, so an error inside {@code Finally} does not run it a second time. A task group is the
 * same shape: its exit is the cleanup, {@code TASK_GROUP_ABORT} the handler.
 */
final class Handlers {

    private final StatementCompiler s;
    private final Frame f;

    Handlers(StatementCompiler statements) {
        this.s = statements;
        this.f = statements.f;
    }

    void tryStatement(Stmt.Try t) {
        CodeAssembler.Label start = f.code.here();
        CodeAssembler.Label done = f.code.newLabel();
        List<CodeAssembler.Label[]> gaps = new ArrayList<>();
        Frame.Cleanup cleanup = t.finallyBlock() == null ? null
                : new Frame.Cleanup(() -> s.block(t.finallyBlock()), gaps);
        if (cleanup != null) {
            f.exits.add(cleanup);
        }
        int exitDepth = f.exits.size();
        f.protectedDepth++;
        s.block(t.body());
        f.protectedDepth--;
        CodeAssembler.Label bodyEnd = f.code.here();
        leave(cleanup, exitDepth);
        f.jump(Opcode.JUMP, done);
        List<CodeAssembler.Label[]> catchRanges = new ArrayList<>();
        List<CodeAssembler.Label> catchHandlers = new ArrayList<>();
        CodeAssembler.Label outerRetry = s.retryTarget;
        int outerRetryDepth = s.retryExitDepth;
        for (Stmt.Catch c : t.catches()) {
            CodeAssembler.Label handler = f.code.here();
            catchHandlers.add(handler);
            f.at(c.pos());
            f.openScope();
            List<Symbol> declared = s.g.resolution.declared(c);
            if (declared.isEmpty()) {
                f.emit(Opcode.POP);
            } else {
                s.bindFresh(declared.getFirst(), c.pos());
            }
            s.retryTarget = start;
            s.retryExitDepth = exitDepth;
            s.statements(c.body().statements());
            s.retryTarget = outerRetry;
            s.retryExitDepth = outerRetryDepth;
            f.closeScope();
            CodeAssembler.Label end = f.code.here();
            catchRanges.add(new CodeAssembler.Label[] {handler, end});
            leave(cleanup, exitDepth);
            f.jump(Opcode.JUMP, done);
        }
        List<CodeAssembler.Label[]> bodyRanges = without(start, bodyEnd, gaps);
        for (int k = 0; k < t.catches().size(); k++) {
            Stmt.Catch c = t.catches().get(k);
            int type = c.type() == null ? ProgramImage.NO_ID : s.g.types.of(c.type());
            for (CodeAssembler.Label[] r : bodyRanges) {
                s.g.handler(f, r, catchHandlers.get(k), type, false);
            }
        }
        if (cleanup != null) {
            f.exits.removeLast();
            CodeAssembler.Label handler = f.code.here();
            f.at(t.finallyBlock().pos());
            int saved = f.temp();
            f.emit(Opcode.STORE_LOCAL, saved);
            s.block(t.finallyBlock());
            f.emit(Opcode.LOAD_LOCAL, saved);
            f.emit(Opcode.UNWIND);
            List<CodeAssembler.Label[]> protectedRanges = new ArrayList<>(bodyRanges);
            for (CodeAssembler.Label[] r : catchRanges) {
                protectedRanges.addAll(without(r[0], r[1], gaps));
            }
            for (CodeAssembler.Label[] r : protectedRanges) {
                s.g.handler(f, r, handler, ProgramImage.NO_ID, true);
            }
        }
        f.code.bind(done);
    }

    /** The normal way out of a try body or catch: the finally copy, recorded as a gap. */
    private void leave(Frame.Cleanup cleanup, int exitDepth) {
        if (cleanup != null) {
            s.runCleanups(exitDepth - 1);
        }
    }

    /** {@code [start, end)} minus the gaps; empty pieces are dropped. Labels must be bound. */
    private static List<CodeAssembler.Label[]> without(CodeAssembler.Label start, CodeAssembler.Label end,
                                                       List<CodeAssembler.Label[]> gaps) {
        List<CodeAssembler.Label[]> inside = new ArrayList<>();
        for (CodeAssembler.Label[] gap : gaps) {
            if (gap[0].offset() >= start.offset() && gap[1].offset() <= end.offset()
                    && gap[0].offset() < gap[1].offset()) {
                inside.add(gap);
            }
        }
        inside.sort((x, y) -> Integer.compare(x[0].offset(), y[0].offset()));
        List<CodeAssembler.Label[]> pieces = new ArrayList<>();
        CodeAssembler.Label at = start;
        for (CodeAssembler.Label[] gap : inside) {
            if (gap[0].offset() > at.offset()) {
                pieces.add(new CodeAssembler.Label[] {at, gap[0]});
            }
            if (gap[1].offset() > at.offset()) {
                at = gap[1];
            }
        }
        if (end.offset() > at.offset()) {
            pieces.add(new CodeAssembler.Label[] {at, end});
        }
        return pieces;
    }

    void taskGroup(Stmt.TaskGroup tg) {
        List<Symbol> declared = s.g.resolution.declared(tg);
        int group = declared.isEmpty() || !s.plainLocal(declared.getFirst()) ? f.temp() : f.slot(declared.getFirst());
        f.emit(Opcode.TASK_GROUP_ENTER);
        f.emit(Opcode.STORE_LOCAL, group);
        if (!declared.isEmpty() && !s.plainLocal(declared.getFirst())) {
            f.emit(Opcode.LOAD_LOCAL, group);
            s.bindFresh(declared.getFirst(), tg.pos());
        }
        List<CodeAssembler.Label[]> gaps = new ArrayList<>();
        Frame.Cleanup exit = new Frame.Cleanup(() -> {
            f.emit(Opcode.LOAD_LOCAL, group);
            f.at(tg.pos());
            f.emit(Opcode.TASK_GROUP_EXIT);
        }, gaps);
        CodeAssembler.Label start = f.code.here();
        f.exits.add(exit);
        int depth = f.exits.size();
        s.block(tg.body());
        CodeAssembler.Label bodyEnd = f.code.here();
        s.runCleanups(depth - 1);
        f.exits.removeLast();
        CodeAssembler.Label done = f.code.newLabel();
        f.jump(Opcode.JUMP, done);
        CodeAssembler.Label handler = f.code.here();
        int error = f.temp();
        f.emit(Opcode.STORE_LOCAL, error);
        f.emit(Opcode.LOAD_LOCAL, group);
        f.emit(Opcode.LOAD_LOCAL, error);
        f.emit(Opcode.TASK_GROUP_ABORT);
        for (CodeAssembler.Label[] r : without(start, bodyEnd, gaps)) {
            s.g.handler(f, r, handler, ProgramImage.NO_ID, true);
        }
        f.code.bind(done);
    }
}
