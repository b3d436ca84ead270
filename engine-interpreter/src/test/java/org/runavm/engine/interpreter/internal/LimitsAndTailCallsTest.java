package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.config.VmConfig;

class LimitsAndTailCallsTest {
    private static final int ANY = ProgramImage.NO_ID;

    /** count(n, acc) tail-calls itself a million times in a VM limited to 1,000 frames. */
    @Test
    void tailCallsReuseTheFrame() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var count = b.function("count");
        count.parameter("n", ANY, 0);
        count.parameter("acc", ANY, 0);
        CodeAssembler c = count.code();
        CodeAssembler.Label more = c.newLabel();
        c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 0).emitJump(Opcode.JUMP_IF_GT, more)
                .emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.RETURN);
        c.bind(more);
        c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 1).emit(Opcode.SUB)
                .emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.LOAD_INT, 2).emit(Opcode.ADD)
                .emit(Opcode.TAIL_CALL_KNOWN, count.id(), 2);
        main.code().emit(Opcode.LOAD_CONST, b.integer(1_000_000)).emit(Opcode.LOAD_INT, 0)
                .emit(Opcode.CALL_KNOWN, count.id(), 2).emit(Opcode.DISPLAY)
                .emit(Opcode.LOAD_GLOBAL, b.text("count")).emit(Opcode.LOAD_INT, 3).emit(Opcode.LOAD_INT, 0)
                .emit(Opcode.TAIL_CALL, 2);
        TestVm.Outcome o = new TestVm(16L << 20).execute(b.build(), 1_000, List.of());
        assertEquals("2000000\n", o.out());
        assertEquals(0, o.result().exitStatus());
    }

    @Test
    void instructionLimitRaisesTimeoutErrorWithExitStatusFive() {
        TestVm vm = new TestVm(16L << 20);
        vm.config = VmConfig.builder().instructionLimit(100_000).build();
        TestVm.Outcome o = vm.execute(Programs.main((b, m) -> {
            m.emit(Opcode.LOAD_INT, 0).emit(Opcode.STORE_LOCAL, 0);
            CodeAssembler.Label loop = m.here();
            m.emit(Opcode.INC_LOCAL, 0, 1).emitJump(Opcode.JUMP, loop);
        }), 1000, List.of());
        assertEquals("TimeoutError", o.errorType());
        assertTrue(o.errorMessage().contains("instruction limit of 100000"), o.errorMessage());
        assertEquals(5, o.result().exitStatus());
    }

    @Test
    void aProgramThatIgnoresTheLimitIsStoppedForGood() {
        TestVm vm = new TestVm(16L << 20);
        vm.config = VmConfig.builder().instructionLimit(50_000).build();
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        main.local("i", ANY, 0, 0, 100);
        CodeAssembler m = main.code();
        m.emit(Opcode.LOAD_INT, 0).emit(Opcode.STORE_LOCAL, 0);
        CodeAssembler.Label start = m.here();
        CodeAssembler.Label loop = m.here();
        m.emit(Opcode.INC_LOCAL, 0, 1).emitJump(Opcode.JUMP, loop);
        CodeAssembler.Label end = m.here();
        CodeAssembler.Label handler = m.here();
        m.emit(Opcode.GET_FIELD, b.text("type")).emit(Opcode.DISPLAY).emitJump(Opcode.JUMP, start);
        main.handler(start, end, handler, ANY, false);
        TestVm.Outcome o = vm.execute(b.build(), 1000, List.of());
        assertEquals("TimeoutError\n", o.out());
        assertEquals(5, o.result().exitStatus());
        assertTrue(o.result().error().get().resourceLimit());
    }
}
