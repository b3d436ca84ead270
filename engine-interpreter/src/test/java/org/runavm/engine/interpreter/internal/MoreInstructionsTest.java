package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;

class MoreInstructionsTest {
    private static final int ANY = ProgramImage.NO_ID;

    private static TestVm.Outcome run(java.util.function.BiConsumer<ProgramBuilder, CodeAssembler> body) {
        return TestVm.run(Programs.main(body));
    }

    @Test
    void integerOperatorsAndOverflow() {
        TestVm.Outcome o = run((b, m) -> {
            m.emit(Opcode.LOAD_INT, 2).emit(Opcode.LOAD_INT, 10).emit(Opcode.POW).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_INT, 12).emit(Opcode.LOAD_INT, 10).emit(Opcode.BIT_AND).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_INT, 12).emit(Opcode.LOAD_INT, 3).emit(Opcode.BIT_XOR).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 4).emit(Opcode.SHL).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_INT, 5).emit(Opcode.BIT_NOT).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_INT, 7).emit(Opcode.LOAD_CONST, b.decimal(0.5)).emit(Opcode.MUL).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_INT, 6).emit(Opcode.LOAD_INT, 3).emit(Opcode.DIV).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_CONST, b.decimal(-3.7)).emit(Opcode.TO_INTEGER).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_INT, 2).emit(Opcode.LOAD_INT, 64).emit(Opcode.POW).emit(Opcode.DISPLAY);
        });
        assertEquals("1024\n8\n15\n16\n-6\n3.5\n2.0\n-3\n", o.out());
        assertEquals("OverflowError", o.errorType());
    }

    @Test
    void orderingNeedsComparableOperands() {
        TestVm.Outcome o = run((b, m) -> {
            m.emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_CONST, b.text("a")).emit(Opcode.LT).emit(Opcode.DISPLAY);
        });
        assertEquals("TypeError", o.errorType());
        assertEquals("cannot compare an Integer with a Text using <", o.errorMessage());
    }

    @Test
    void unpackReplacesASequenceByItsElements() {
        TestVm.Outcome o = run((b, m) -> {
            m.emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 2).emit(Opcode.NEW_TUPLE, 2).emit(Opcode.UNPACK, 2)
                    .emit(Opcode.SUB).emit(Opcode.DISPLAY);
            m.emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW_LIST, 1).emit(Opcode.UNPACK, 2);
        });
        assertEquals("-1\n", o.out());
        assertEquals("ValueError", o.errorType());
        assertEquals("expected 2 values to unpack, got 1", o.errorMessage());
    }

    @Test
    void switchTables() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var classify = b.function("classify");
        classify.parameter("v", ANY, 0);
        CodeAssembler c = classify.code();
        CodeAssembler.Label small = c.newLabel();
        CodeAssembler.Label text = c.newLabel();
        CodeAssembler.Label other = c.newLabel();
        c.emit(Opcode.LOAD_LOCAL, 0);
        classify.emitSwitch(List.of(new Constant.Int(0), new Constant.Int(1), new Constant.Text("t"), new Constant.Null()),
                List.of(small, small, text, text), other);
        c.bind(small).emit(Opcode.LOAD_CONST, b.text("small")).emit(Opcode.RETURN);
        c.bind(text).emit(Opcode.LOAD_CONST, b.text("text or null")).emit(Opcode.RETURN);
        c.bind(other).emit(Opcode.LOAD_CONST, b.text("other")).emit(Opcode.RETURN);
        CodeAssembler m = main.code();
        for (int k : new int[] {b.integer(1), b.decimal(0.0), b.text("t"), b.constant(new Constant.Null()), b.integer(7)}) {
            m.emit(Opcode.LOAD_CONST, k).emit(Opcode.CALL_KNOWN, classify.id(), 1).emit(Opcode.DISPLAY);
        }
        m.emit(Opcode.RETURN_NULL);
        assertEquals("small\nsmall\ntext or null\ntext or null\nother\n", TestVm.run(b.build()).out());
    }

    @Test
    void callSpreadAndBoundMethods() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var sub = b.function("sub");
        sub.parameter("a", ANY, 0);
        sub.parameter("b", ANY, 0);
        sub.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.SUB).emit(Opcode.RETURN);
        CodeAssembler m = main.code();
        m.emit(Opcode.LOAD_GLOBAL, b.text("sub")).emit(Opcode.LOAD_INT, 10).emit(Opcode.LOAD_INT, 3)
                .emit(Opcode.NEW_LIST, 2).emit(Opcode.CALL_SPREAD).emit(Opcode.DISPLAY);
        m.emit(Opcode.LOAD_GLOBAL, b.text("sub")).emit(Opcode.LOAD_INT, 1).emit(Opcode.CALL, 1);
        assertEquals("7\n", TestVm.run(b.build()).out());
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("TypeError", o.errorType());
        assertEquals("sub takes 2 arguments, got 1", o.errorMessage());
    }

    /** Each loop iteration's MAKE_CELL gives closures their own binding of i. */
    @Test
    void closuresInLoopsKeepTheirIteration() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var get = b.function("<lambda>").flags(FunctionInfo.ANONYMOUS);
        get.upvalue(true, 1, "i");
        get.code().emit(Opcode.LOAD_UPVALUE, 0).emit(Opcode.RETURN);
        main.local("fs", ANY, 0, 0, 1000);
        main.local("i", ANY, 1, 0, 1000);
        main.local("f", ANY, 2, 0, 1000);
        CodeAssembler m = main.code();
        m.emit(Opcode.NEW_LIST, 0).emit(Opcode.STORE_LOCAL, 0).emit(Opcode.LOAD_INT, 0).emit(Opcode.STORE_LOCAL, 1);
        CodeAssembler.Label loop = m.here();
        CodeAssembler.Label done = m.newLabel();
        m.emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.LOAD_INT, 3).emitJump(Opcode.JUMP_IF_GE, done);
        m.emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.STORE_LOCAL, 2) // keep the plain value
                .emit(Opcode.MAKE_CELL, 1).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CLOSURE, get.id())
                .emit(Opcode.CALL_METHOD, b.text("add"), 1).emit(Opcode.POP)
                .emit(Opcode.LOAD_LOCAL, 2).emit(Opcode.LOAD_INT, 1).emit(Opcode.ADD).emit(Opcode.STORE_LOCAL, 1)
                .emitJump(Opcode.JUMP, loop);
        m.bind(done);
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.GET_ITER).emit(Opcode.STORE_LOCAL, 2);
        CodeAssembler.Label each = m.here();
        CodeAssembler.Label end = m.newLabel();
        m.emitJump(Opcode.FOR_ITER, end, 2).emit(Opcode.CALL, 0).emit(Opcode.DISPLAY).emitJump(Opcode.JUMP, each);
        m.bind(end).emit(Opcode.RETURN_NULL);
        assertEquals("0\n1\n2\n", TestVm.run(b.build()).out());
    }

    @Test
    void missingKeysIndexesAndFields() {
        TestVm.Outcome o = run((b, m) -> {
            m.emit(Opcode.LOAD_CONST, b.text("a")).emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW_MAP, 1).emit(Opcode.DUP)
                    .emit(Opcode.LOAD_CONST, b.text("a")).emit(Opcode.GET_INDEX).emit(Opcode.DISPLAY)
                    .emit(Opcode.LOAD_CONST, b.text("zz")).emit(Opcode.GET_INDEX);
        });
        assertEquals("1\n", o.out());
        assertEquals("KeyError", o.errorType());
        assertEquals("key \"zz\" is not in the Map", o.errorMessage());
    }
}
