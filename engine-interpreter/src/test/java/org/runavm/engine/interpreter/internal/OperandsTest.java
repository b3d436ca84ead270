package org.runavm.engine.interpreter.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.CodeAssembler;
import org.runavm.kernel.bytecode.Opcode;
import org.runavm.kernel.bytecode.ProgramBuilder;
import org.runavm.kernel.bytecode.ProgramImage;

/** The dispatch loop's view of the code: opcodes at their pc, operands decoded right after them. */
class OperandsTest {
    @Test
    void decodesEveryOperandWithItsWidthAndSign() {
        ProgramBuilder b = new ProgramBuilder();
        int name = b.text("total");
        var f = b.function("f");
        f.parameter("n", ProgramImage.NO_ID, 0);
        CodeAssembler c = f.code();
        CodeAssembler.Label head = c.newLabel();
        c.bind(head);
        c.emit(Opcode.LOAD_INT, -300)            // 0: INT16, signed
                .emit(Opcode.POP)                  // 3
                .emit(Opcode.INC_LOCAL, 0, -2)     // 4: LOCAL, INT8 signed
                .emit(Opcode.LOAD_GLOBAL_IC, name, 7) // 8: NAME, CACHE
                .emit(Opcode.POP)                  // 13
                .emit(Opcode.LOAD_LOCAL, 0)        // 14
                .emit(Opcode.LOAD_INT, 40000 - 65536) // 17
                .emitJump(Opcode.JUMP_IF_LT, head) // 20: OFFSET, backwards
                .emit(Opcode.RETURN_NULL);         // 25
        ProgramImage image = b.build();
        byte[] original = image.code();
        int at = image.functions().get(0).codeOffset();

        int[] ops = Operands.decode(original, original.clone(), image.functions());

        assertEquals(Op.LOAD_INT, ops[at]);
        assertEquals(-300, ops[at + 1]);
        assertEquals(Op.POP, ops[at + 3]);
        assertEquals(Op.INC_LOCAL, ops[at + 4]);
        assertEquals(0, ops[at + 5]);
        assertEquals(-2, ops[at + 6]);
        assertEquals(Op.LOAD_GLOBAL_IC, ops[at + 8]);
        assertEquals(name, ops[at + 9]);
        assertEquals(7, ops[at + 10]);
        assertEquals(Op.LOAD_LOCAL, ops[at + 14]);
        assertEquals(-25536, ops[at + 18]);
        assertEquals(Op.JUMP_IF_LT, ops[at + 20]);
        assertEquals(-20, ops[at + 21], "the offset is relative to the jump, back to the function's start");
        assertEquals(Op.RETURN_NULL, ops[at + 25]);
    }

    @Test
    void takesOpcodesFromTheQuickenedCodeAndOperandsFromTheOriginal() {
        ProgramBuilder b = new ProgramBuilder();
        var f = b.function("f");
        f.parameter("n", ProgramImage.NO_ID, 0);
        f.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 1).emit(Opcode.ADD).emit(Opcode.RETURN);
        ProgramImage image = b.build();
        int at = image.functions().get(0).codeOffset();

        int[] ops = quickenedAndDecoded(image);

        assertEquals(Quickener.ADD_LOCAL_INT, ops[at], "the fused opcode runs the sequence");
        assertEquals(0, ops[at + 1]);
        assertEquals(Op.LOAD_INT, ops[at + 3], "the fused sequence's later instructions stay as they were");
        assertEquals(1, ops[at + 4]);
        assertEquals(Op.ADD, ops[at + 6]);
    }

    @Test
    void aLocalReturnedRunsAsOneInstructionThatCountsAsTwo() {
        ProgramBuilder b = new ProgramBuilder();
        var f = b.function("f");
        f.parameter("n", ProgramImage.NO_ID, 0);
        f.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.RETURN).emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.POP).emit(Opcode.RETURN_NULL);
        ProgramImage image = b.build();
        int at = image.functions().get(0).codeOffset();

        int[] ops = quickenedAndDecoded(image);

        assertEquals(Quickener.RETURN_LOCAL, ops[at]);
        assertEquals(0, ops[at + 1]);
        assertEquals(Op.RETURN, ops[at + 3], "a jump to the RETURN still finds it");
        assertEquals(Op.LOAD_LOCAL, ops[at + 4], "a LOAD_LOCAL before anything else is left alone");
        assertEquals(4, Quickener.SPAN[Quickener.RETURN_LOCAL]);
        assertEquals(2, Quickener.COUNT[Quickener.RETURN_LOCAL]);
    }

    @Test
    void anElementOfALocalAtAConstantIndexIsOneInstruction() {
        ProgramBuilder b = new ProgramBuilder();
        var f = b.function("f");
        f.parameter("pair", ProgramImage.NO_ID, 0);
        f.code().emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, -1).emit(Opcode.GET_INDEX).emit(Opcode.RETURN);
        ProgramImage image = b.build();
        int at = image.functions().get(0).codeOffset();

        int[] ops = quickenedAndDecoded(image);

        assertEquals(Quickener.INDEX_LOCAL_INT, ops[at]);
        assertEquals(-1, ops[at + 4], "the index is read from the LOAD_INT, signed");
        assertEquals(Op.GET_INDEX, ops[at + 6]);
        assertEquals(ops[at + 7], Op.RETURN);
        assertEquals(7, Quickener.SPAN[Quickener.INDEX_LOCAL_INT]);
    }

    @Test
    void aLocalComparedForEqualityWithASmallIntegerIsOneInstruction() {
        ProgramBuilder b = new ProgramBuilder();
        var f = b.function("f");
        f.parameter("n", ProgramImage.NO_ID, 0);
        var code = f.code();
        var done = code.newLabel();
        code.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 0).emitJump(Opcode.JUMP_IF_NE, done);
        code.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 7).emitJump(Opcode.JUMP_IF_EQ, done);
        code.bind(done).emit(Opcode.RETURN_NULL);
        ProgramImage image = b.build();
        int at = image.functions().get(0).codeOffset();

        int[] ops = quickenedAndDecoded(image);

        assertEquals(Quickener.JNE_LOCAL_INT, ops[at]);
        assertEquals(Quickener.JEQ_LOCAL_INT, ops[at + 11]);
        assertEquals(7, ops[at + 15]);
        assertEquals(5, ops[at + 18], "the jump's offset, relative to the JUMP_IF_EQ, to the RETURN_NULL after it");
        assertEquals(11, Quickener.SPAN[Quickener.JEQ_LOCAL_INT]);
    }

    @Test
    void aComputedValueComparedWithNullIsOneInstruction() {
        ProgramBuilder b = new ProgramBuilder();
        var f = b.function("f");
        f.parameter("pair", ProgramImage.NO_ID, 0);
        var code = f.code();
        var done = code.newLabel();
        code.emit(Opcode.LOAD_LOCAL, 0).emit(Opcode.LOAD_INT, 0).emit(Opcode.GET_INDEX);
        code.emit(Opcode.LOAD_NULL).emitJump(Opcode.JUMP_IF_NE, done);
        code.emit(Opcode.LOAD_NULL).emit(Opcode.RETURN);
        code.bind(done).emit(Opcode.RETURN_NULL);
        ProgramImage image = b.build();
        int at = image.functions().get(0).codeOffset();

        int[] ops = quickenedAndDecoded(image);

        assertEquals(Quickener.INDEX_LOCAL_INT, ops[at]);
        assertEquals(Quickener.JNOT_NULL_TOP, ops[at + 7]);
        assertEquals(Op.JUMP_IF_NE, ops[at + 8]);
        assertEquals(7, ops[at + 9], "the offset, relative to the JUMP_IF_NE");
        assertEquals(Op.LOAD_NULL, ops[at + 13], "a LOAD_NULL before anything else is left alone");
        assertEquals(6, Quickener.SPAN[Quickener.JNOT_NULL_TOP]);
    }

    @Test
    void stepsOverEachInstructionAndAFusedOnesFirstInstruction() {
        for (Opcode op : Opcode.values()) {
            assertEquals(op.length(), Op.STEP[op.code()], op.name());
        }
        assertEquals(Op.LEN[Op.LOAD_LOCAL], Op.STEP[Quickener.CHECK_LOCAL]);
        assertEquals(Op.LEN[Op.LOAD_LOCAL], Op.STEP[Quickener.JNOT_NULL_LOCAL]);
    }

    /** The operands of {@code image}'s code after the engine's rewrite of its first function. */
    private static int[] quickenedAndDecoded(ProgramImage image) {
        byte[] original = image.code();
        byte[] quickened = original.clone();
        int at = image.functions().get(0).codeOffset();
        Quickener.quicken(original, quickened, at, at + image.functions().get(0).codeLength(), c -> true,
                new java.util.ArrayList<>());
        return Operands.decode(original, quickened, image.functions());
    }
}
