package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;

class InterpreterTest {

    @Test
    void arithmeticTextAndDisplay() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        CodeAssembler c = main.code();
        c.emit(Opcode.LOAD_INT, 40).emit(Opcode.LOAD_INT, 2).emit(Opcode.ADD).emit(Opcode.DISPLAY);
        c.emit(Opcode.LOAD_CONST, b.text("n = ")).emit(Opcode.LOAD_INT, 7).emit(Opcode.LOAD_INT, 2)
                .emit(Opcode.DIV).emit(Opcode.ADD).emit(Opcode.DISPLAY);
        c.emit(Opcode.LOAD_INT, -7).emit(Opcode.LOAD_INT, 2).emit(Opcode.FLOOR_DIV).emit(Opcode.DISPLAY);
        c.emit(Opcode.LOAD_INT, -7).emit(Opcode.LOAD_INT, 2).emit(Opcode.MOD).emit(Opcode.DISPLAY);
        c.emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_CONST, b.decimal(1.0)).emit(Opcode.EQ).emit(Opcode.DISPLAY);
        c.emit(Opcode.RETURN_NULL);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("42\nn = 3.5\n-4\n1\ntrue\n", o.out());
        assertEquals(0, o.result().exitStatus());
    }

    /** fact(n) = n <= 1 ? 1 : n * fact(n - 1), called through CALL_KNOWN. */
    @Test
    void recursionThroughCallKnown() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var fact = b.function("fact");
        fact.parameter("n", ProgramImage.NO_ID, 0);
        CodeAssembler f = fact.code();
        CodeAssembler.Label rec = f.newLabel();
        f.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 1).emitJump(Opcode.JUMP_IF_GT, rec);
        f.emit(Opcode.LOAD_INT, 1).emit(Opcode.RETURN);
        f.bind(rec);
        f.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 1).emit(Opcode.SUB)
                .emit(Opcode.CALL_KNOWN, fact.id(), 1).emit(Opcode.MUL).emit(Opcode.RETURN);
        main.code().emit(Opcode.LOAD_INT, 20).emit(Opcode.CALL_KNOWN, fact.id(), 1).emit(Opcode.DISPLAY)
                .emit(Opcode.LOAD_INT, 21).emit(Opcode.CALL_KNOWN, fact.id(), 1).emit(Opcode.DISPLAY)
                .emit(Opcode.RETURN_NULL);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("2432902008176640000\n", o.out());
        assertEquals("OverflowError", o.errorType());
        assertEquals(1, o.result().exitStatus());
    }

    /** down(n) = down(n + 1) forever: StackOverflowError at the limit, caught by a handler in main. */
    @Test
    void deepRecursionRaisesCatchableStackOverflow() {
        ProgramBuilder b = new ProgramBuilder().flags(Header.HAS_DEBUG_INFO);
        int file = b.sourceFile("deep.runa");
        var main = b.function("<main>").sourceFile(file);
        var down = b.function("down").sourceFile(file);
        down.parameter("n", ProgramImage.NO_ID, 0);
        down.code().position(2, 5).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 1).emit(Opcode.ADD)
                .emit(Opcode.CALL_KNOWN, down.id(), 1).emit(Opcode.RETURN);
        CodeAssembler m = main.code();
        CodeAssembler.Label start = m.here();
        m.position(5, 1).emit(Opcode.LOAD_INT, 0).emit(Opcode.CALL_KNOWN, down.id(), 1).emit(Opcode.POP);
        CodeAssembler.Label end = m.here();
        m.emit(Opcode.RETURN_NULL);
        CodeAssembler.Label handler = m.here();
        main.local("e", ProgramImage.NO_ID, 0, 0, 100);
        m.emit(Opcode.STORE_LOCAL, 0).emit(Opcode.LOAD_CONST, b.text("caught ")).emit(Opcode.LOAD_LOCAL, 0)
                .emit(Opcode.GET_FIELD, b.text("type")).emit(Opcode.ADD).emit(Opcode.DISPLAY).emit(Opcode.RETURN_NULL);
        main.handler(start, end, handler, ProgramImage.NO_ID, false);
        TestVm.Outcome o = TestVm.run(b.build(), 64L << 20, 100_000);
        assertEquals("caught StackOverflowError\n", o.out());
        assertEquals(0, o.result().exitStatus());
    }

    @Test
    void uncaughtErrorReportsTypeMessageAndFrames() {
        ProgramBuilder b = new ProgramBuilder().flags(Header.HAS_DEBUG_INFO);
        int file = b.sourceFile("boom.runa");
        var main = b.function("<main>").sourceFile(file);
        main.code().position(3, 9).emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 0).emit(Opcode.FLOOR_DIV)
                .emit(Opcode.DISPLAY).emit(Opcode.RETURN_NULL);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("DivisionByZeroError", o.errorType());
        assertEquals("Integer division by zero", o.errorMessage());
        assertEquals("<main> (boom.runa:3:9)", o.result().error().get().stackTrace().get(0).toString());
        assertTrue(o.result().error().get().report().startsWith("Error: DivisionByZeroError: Integer division by zero"));
    }

    /** One engine instance runs programs one after another on the same heap, releasing its roots. */
    @Test
    void runsAgainOnTheSameHeap() {
        TestVm vm = new TestVm(16L << 20);
        InterpreterInstance engine = new InterpreterInstance(vm, 1000);
        ProgramImage image = Programs.main((b, m) -> m.emit(Opcode.LOAD_CONST, b.text("hi")).emit(Opcode.DISPLAY)
                .emit(Opcode.RETURN_NULL));
        assertEquals(0, engine.run(image, java.util.List.of()).exitStatus());
        assertEquals(0, engine.run(image, java.util.List.of()).exitStatus());
        vm.heap.collect();
        assertEquals("hi\nhi\n", vm.out.toString(java.nio.charset.StandardCharsets.UTF_8));
        assertTrue(vm.heap.stats().usedBytes() < 4096, "every object of both runs is garbage: " + vm.heap.stats());
    }
}
