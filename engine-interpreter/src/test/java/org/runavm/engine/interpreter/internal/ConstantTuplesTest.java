package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Constant;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;

/** Which instruction sequences the Quickener turns into a Tuple of constants, and where it records them. */
class ConstantTuplesTest {
    @Test
    void pushesOfConstantsBeforeANewTupleOfThemAllAreOneTuple() {
        ProgramBuilder b = new ProgramBuilder();
        int text = b.text("a");
        int decimal = b.decimal(2.5);
        CodeAssembler c = b.function("f").code();
        c.emit(Opcode.LOAD_NULL)                 // 0
                .emit(Opcode.LOAD_TRUE)          // 1
                .emit(Opcode.LOAD_INT, -7)       // 2
                .emit(Opcode.LOAD_CONST, text)   // 5
                .emit(Opcode.LOAD_CONST, decimal) // 8
                .emit(Opcode.NEW_TUPLE, 5)       // 11
                .emit(Opcode.RETURN);            // 14
        Quickened q = quicken(b.build());

        assertEquals(List.of(new Quickener.ConstantTuple(q.at, 6, 14)), q.tuples);
        assertEquals(Quickener.LOAD_TUPLE_CONST, q.code[q.at] & 0xFF);
        for (int pc : new int[] {1, 2, 5, 8, 11, 14}) {
            assertEquals(q.original[q.at + pc], q.code[q.at + pc], "a jump into the sequence finds the original instruction at " + pc);
        }
    }

    @Test
    void onlyTheLastPushesOfALongerRunFormTheTuple() {
        ProgramBuilder b = new ProgramBuilder();
        CodeAssembler c = b.function("f").code();
        c.emit(Opcode.LOAD_INT, 1)   // 0: the outer Tuple's first element
                .emit(Opcode.LOAD_INT, 2) // 3: (2, 3)
                .emit(Opcode.LOAD_INT, 3) // 6
                .emit(Opcode.NEW_TUPLE, 2) // 9
                .emit(Opcode.NEW_TUPLE, 2) // 12: (1, (2, 3)) holds a Tuple made here: left as it is
                .emit(Opcode.RETURN);
        Quickened q = quicken(b.build());

        assertEquals(List.of(new Quickener.ConstantTuple(q.at + 3, 3, 9)), q.tuples);
        assertEquals(Op.LOAD_INT, q.code[q.at] & 0xFF);
    }

    @Test
    void aValueThatIsNotAnImmutableConstantLeavesTheTupleToNewTuple() {
        ProgramBuilder b = new ProgramBuilder();
        int list = b.constant(new Constant.ListOf(List.of(b.integer(1))));
        int nan = b.decimal(Double.NaN);
        var f = b.function("f");
        f.parameter("x", ProgramImage.NO_ID, 0);
        CodeAssembler c = f.code();
        c.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW_TUPLE, 2).emit(Opcode.POP) // (x, 1)
                .emit(Opcode.LOAD_CONST, list).emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW_TUPLE, 2).emit(Opcode.POP) // ([1], 1)
                .emit(Opcode.LOAD_CONST, nan).emit(Opcode.LOAD_INT, 1).emit(Opcode.NEW_TUPLE, 2).emit(Opcode.POP) // (NaN, 1)
                .emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 2).emit(Opcode.NEW_LIST, 2).emit(Opcode.POP) // [1, 2]
                .emit(Opcode.LOAD_INT, 1).emit(Opcode.LOAD_INT, 2).emit(Opcode.NEW_TUPLE, 3) // fewer pushes than elements
                .emit(Opcode.RETURN);
        ProgramImage image = b.build();
        Quickened q = quicken(image, k -> Program.isImmutableScalar(image, k));

        assertEquals(List.of(), q.tuples);
    }

    private record Quickened(byte[] original, byte[] code, int at, List<Quickener.ConstantTuple> tuples) {
    }

    private static Quickened quicken(ProgramImage image) {
        return quicken(image, c -> true);
    }

    private static Quickened quicken(ProgramImage image, java.util.function.IntPredicate immutable) {
        byte[] original = image.code();
        byte[] code = original.clone();
        int at = image.functions().get(0).codeOffset();
        List<Quickener.ConstantTuple> tuples = new ArrayList<>();
        Quickener.quicken(original, code, at, at + image.functions().get(0).codeLength(), immutable, tuples);
        return new Quickened(original, code, at, tuples);
    }
}
