package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Header;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;

class ErrorsTest {
    private static final int ANY = ProgramImage.NO_ID;

    /**
     * Try: items[5] / Catch e as IndexError: Display "index: " + e.message / Finally: Display "cleanup",
     * the finally compiled inline on the normal path and as a finally handler ending in UNWIND.
     */
    @Test
    void catchByTypeAndFinallyOnEveryPath() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        main.local("e", ANY, 0, 0, 1000);
        main.local("saved", ANY, 1, 0, 1000);
        int indexError = b.type("IndexError", new org.runavm.kernel.bytecode.TypeInfo.External());
        CodeAssembler m = main.code();
        CodeAssembler.Label start = m.here();
        m.emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW_LIST, 1).emit(Opcode.LOAD_INT, 5).emit(Opcode.GET_INDEX)
                .emit(Opcode.DISPLAY);
        CodeAssembler.Label end = m.here();
        CodeAssembler.Label fin = m.newLabel();
        m.emitJump(Opcode.JUMP, fin);
        CodeAssembler.Label catchIndex = m.here();
        m.emit(Opcode.STORE_LOCAL, 0).emit(Opcode.LOAD_CONST, b.text("index: ")).emit(Opcode.LOAD_LOCAL, 0)
                .emit(Opcode.GET_FIELD, b.text("message")).emit(Opcode.ADD).emit(Opcode.DISPLAY);
        CodeAssembler.Label catchEnd = m.here();
        m.emitJump(Opcode.JUMP, fin);
        CodeAssembler.Label finallyHandler = m.here();
        m.emit(Opcode.STORE_LOCAL, 1).emit(Opcode.LOAD_CONST, b.text("cleanup")).emit(Opcode.DISPLAY)
                .emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.UNWIND);
        m.bind(fin);
        m.emit(Opcode.LOAD_CONST, b.text("cleanup")).emit(Opcode.DISPLAY);
        // A second Try whose body throws a ValueError that only the finally entry sees.
        CodeAssembler.Label start2 = m.here();
        m.emit(Opcode.LOAD_GLOBAL, b.text("ValueError")).emit(Opcode.LOAD_CONST, b.text("bad input"))
                .emit(Opcode.CALL, 1).emit(Opcode.THROW);
        CodeAssembler.Label end2 = m.here();
        CodeAssembler.Label fin2 = m.here();
        m.emit(Opcode.STORE_LOCAL, 1).emit(Opcode.LOAD_CONST, b.text("cleanup 2")).emit(Opcode.DISPLAY)
                .emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.UNWIND);
        main.handler(start, end, catchIndex, indexError, false);
        main.handler(start, catchEnd, finallyHandler, ANY, true);
        main.handler(start2, end2, fin2, ANY, true);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("index: index 5 is out of range for a collection of length 1\ncleanup\ncleanup 2\n", o.out());
        assertEquals("ValueError", o.errorType());
        assertEquals("bad input", o.errorMessage());
        assertEquals(1, o.result().exitStatus());
    }

    /** Throw "text" becomes an Error; a user class extending ValueError is caught as a ValueError. */
    @Test
    void thrownTextAndUserErrorClasses() {
        ProgramImage image = Programs.main((b, m) -> {
            m.emit(Opcode.LOAD_CONST, b.text("plain")).emit(Opcode.THROW);
        });
        TestVm.Outcome o = TestVm.run(image);
        assertEquals("Error", o.errorType());
        assertEquals("plain", o.errorMessage());
        assertEquals("<main> (test.runa:1:1)", o.result().error().get().stackTrace().get(0).toString());
    }

    @Test
    void conditionsMustBeBoolean() {
        ProgramImage image = Programs.main((b, m) -> {
            CodeAssembler.Label l = m.newLabel();
            m.emit(Opcode.LOAD_INT, 1).emitJump(Opcode.JUMP_IF_FALSE, l);
            m.bind(l);
            m.emit(Opcode.RETURN_NULL);
        });
        TestVm.Outcome o = TestVm.run(image);
        assertEquals("TypeError", o.errorType());
        assertEquals("a condition must be a Boolean, not an Integer", o.errorMessage());
    }

    /** An allocation bomb in a 16 MB heap raises OutOfMemoryError, which the program catches and survives. */
    @Test
    void allocationBombEndsInCatchableOutOfMemory() {
        ProgramBuilder b = new ProgramBuilder().flags(Header.HAS_DEBUG_INFO);
        b.sourceFile("bomb.runa");
        var main = b.function("<main>");
        main.local("items", ANY, 0, 0, 1000);
        main.local("e", ANY, 1, 0, 1000);
        CodeAssembler m = main.code();
        CodeAssembler.Label start = m.here();
        m.emit(Opcode.NEW_LIST, 0).emit(Opcode.STORE_LOCAL, 0);
        CodeAssembler.Label loop = m.here();
        m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_CONST, b.text("x")).emit(Opcode.LOAD_INT, 1000)
                .emit(Opcode.CALL_METHOD, b.text("repeat"), 1).emit(Opcode.CALL_METHOD, b.text("add"), 1)
                .emit(Opcode.POP).emitJump(Opcode.JUMP, loop);
        CodeAssembler.Label end = m.here();
        CodeAssembler.Label handler = m.here();
        m.emit(Opcode.STORE_LOCAL, 1).emit(Opcode.LOAD_NULL).emit(Opcode.STORE_LOCAL, 0)
                .emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.GET_FIELD, b.text("type")).emit(Opcode.DISPLAY)
                .emit(Opcode.LOAD_CONST, b.text("y")).emit(Opcode.LOAD_INT, 100_00)
                .emit(Opcode.CALL_METHOD, b.text("repeat"), 1).emit(Opcode.LENGTH).emit(Opcode.DISPLAY)
                .emit(Opcode.RETURN_NULL);
        main.handler(start, end, handler, ANY, false);
        TestVm.Outcome o = TestVm.run(b.build(), 16L << 20, 10_000);
        assertEquals("OutOfMemoryError\n10000\n", o.out());
        assertEquals(0, o.result().exitStatus());
    }

    @Test
    void uncaughtOutOfMemoryIsAResourceLimit() {
        ProgramImage image = Programs.main((b, m) -> {
            m.emit(Opcode.NEW_LIST, 0).emit(Opcode.STORE_LOCAL, 0);
            CodeAssembler.Label loop = m.here();
            m.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.CALL_METHOD, b.text("copy"), 0)
                    .emit(Opcode.CALL_METHOD, b.text("add"), 1).emit(Opcode.POP).emitJump(Opcode.JUMP, loop);
        });
        TestVm.Outcome o = TestVm.run(image, 16L << 20, 10_000);
        assertEquals("OutOfMemoryError", o.errorType());
        assertTrue(o.result().error().get().resourceLimit());
        assertEquals(5, o.result().exitStatus());
    }
}
