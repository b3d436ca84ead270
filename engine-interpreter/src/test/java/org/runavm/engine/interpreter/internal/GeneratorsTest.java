package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;

class GeneratorsTest {
    private static final int ANY = ProgramImage.NO_ID;

    /**
     * Generator Process squares(n): For i from 1 to n: Yield i * i. Two generators are iterated
     * interleaved with other calls; a third one fails halfway and its error reaches the caller.
     */
    @Test
    void forEachResumesGeneratorsUntilTheyReturn() {
        ProgramBuilder b = new ProgramBuilder();
        var main = b.function("<main>");
        var squares = b.function("squares").flags(FunctionInfo.GENERATOR);
        squares.parameter("n", ANY, 0);
        squares.local("i", ANY, 1, 0, 1000);
        CodeAssembler g = squares.code();
        g.emit(Opcode.LOAD_INT, 1).emit(Opcode.STORE_LOCAL, 1);
        CodeAssembler.Label loop = g.here();
        CodeAssembler.Label done = g.newLabel();
        g.emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.LOAD_LOCAL, 0).emitJump(Opcode.JUMP_IF_GT, done);
        g.emit(Opcode.LOAD_INT, 100).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.LOAD_LOCAL, 1).emit(Opcode.MUL)
                .emit(Opcode.YIELD).emit(Opcode.POP).emit(Opcode.POP) // an operand below the yield survives too
                .emit(Opcode.INC_LOCAL, 1, 1).emitJump(Opcode.JUMP, loop);
        g.bind(done).emit(Opcode.RETURN_NULL);

        main.local("it", ANY, 0, 0, 1000);
        CodeAssembler m = main.code();
        m.emit(Opcode.LOAD_INT, 3).emit(Opcode.CALL_KNOWN, squares.id(), 1).emit(Opcode.DUP).emit(Opcode.DISPLAY)
                .emit(Opcode.GET_ITER).emit(Opcode.STORE_LOCAL, 0);
        CodeAssembler.Label each = m.here();
        CodeAssembler.Label end = m.newLabel();
        m.emitJump(Opcode.FOR_ITER, end, 0).emit(Opcode.DISPLAY).emitJump(Opcode.JUMP, each);
        m.bind(end);
        m.emit(Opcode.LOAD_GLOBAL, b.text("squares")).emit(Opcode.LOAD_CONST, b.text("x")).emit(Opcode.CALL, 1)
                .emit(Opcode.GET_ITER).emit(Opcode.STORE_LOCAL, 0);
        CodeAssembler.Label each2 = m.here();
        CodeAssembler.Label end2 = m.newLabel();
        m.emitJump(Opcode.FOR_ITER, end2, 0).emit(Opcode.DISPLAY).emitJump(Opcode.JUMP, each2);
        m.bind(end2).emit(Opcode.RETURN_NULL);
        TestVm.Outcome o = TestVm.run(b.build());
        assertEquals("<generator>\n1\n4\n9\n", o.out());
        assertEquals("TypeError", o.errorType());
        assertEquals("cannot compare an Integer with a Text using >", o.errorMessage());
    }
}
