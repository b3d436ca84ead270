package org.runavm.engine.jit.internal;

import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;

/** A small program whose translation uses the common templates, compiled once to warm the tier up. */
final class WarmUp {
    /** How often activation translates the program after compiling it once (a few ms of a background thread). */
    static final int TRANSLATIONS = 40;

    private WarmUp() {
    }

    /**
     * {@code Process called warm(n): i = 0; While i < n: If n % 2 == 0: n = warm(n - 1) + 1; i += 1;
     * Return (n, i)[0]}, roughly.
     */
    static ProgramImage program() {
        ProgramBuilder b = new ProgramBuilder();
        var warm = b.function("warm");
        warm.parameter("n", ProgramImage.NO_ID, 0);
        warm.local("i", ProgramImage.NO_ID, 1, 0, 0);
        CodeAssembler c = warm.code();
        CodeAssembler.Label head = c.newLabel();
        CodeAssembler.Label done = c.newLabel();
        CodeAssembler.Label skip = c.newLabel();
        c.emit(Opcode.LOAD_INT, 0).emit(Opcode.STORE_LOCAL, 1);
        c.bind(head).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.LOAD_LOCAL, 0).emitJump(Opcode.JUMP_IF_GE, done);
        c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 2).emit(Opcode.MOD).emit(Opcode.LOAD_INT, 0)
                .emitJump(Opcode.JUMP_IF_NE, skip);
        c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 1).emit(Opcode.SUB).emit(Opcode.CALL_KNOWN, 0, 1)
                .emit(Opcode.LOAD_INT, 1).emit(Opcode.ADD).emit(Opcode.STORE_LOCAL, 0);
        c.bind(skip).emit(Opcode.INC_LOCAL, 1, 1).emitJump(Opcode.JUMP, head);
        c.bind(done).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.NEW_TUPLE, 2)
                .emit(Opcode.LOAD_INT, 0).emit(Opcode.GET_INDEX).emit(Opcode.RETURN);
        return b.build();
    }
}
