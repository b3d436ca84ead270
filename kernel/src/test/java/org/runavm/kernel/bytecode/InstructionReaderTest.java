package org.runavm.kernel.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class InstructionReaderTest {

    @Test
    void decodesOperandsAndJumpTargets() {
        CodeAssembler a = new CodeAssembler();
        CodeAssembler.Label top = a.here();
        a.emit(Opcode.LOAD_INT, -2);
        a.emit(Opcode.CALL_SUPER, 3, 700, 2);
        a.emitJump(Opcode.JUMP, top);
        InstructionReader in = new InstructionReader(a.toBytes());
        assertTrue(in.next());
        assertEquals(Opcode.LOAD_INT, in.opcode());
        assertEquals(-2, in.operand(0));
        assertTrue(in.next());
        assertArrayEquals(new int[] {3, 700, 2}, in.operands());
        assertEquals(3, in.offset());
        assertTrue(in.next());
        assertEquals(9, in.offset());
        assertEquals(-9, in.operand(0));
        assertEquals(0, in.jumpTarget());
        assertFalse(in.next());
    }

    @Test
    void everyOpcodeDecodesTheOperandsItWasEmittedWith() {
        java.util.Random random = new java.util.Random(42);
        for (Opcode op : Opcode.values()) {
            for (int round = 0; round < 50; round++) {
                CodeAssembler a = new CodeAssembler();
                CodeAssembler.Label self = a.here();
                int[] operands = new int[op.operands().size()];
                for (int i = 0; i < operands.length; i++) {
                    OperandKind kind = op.operands().get(i);
                    int bits = 8 * kind.width();
                    operands[i] = kind == OperandKind.OFFSET ? 0
                            : kind.signed() ? (random.nextInt() << (32 - bits)) >> (32 - bits)
                            : random.nextInt() >>> (32 - bits);
                }
                if (op.jumpOperand() >= 0) {
                    int[] others = new int[operands.length - 1];
                    for (int i = 0, j = 0; i < operands.length; i++) {
                        if (i != op.jumpOperand()) {
                            others[j++] = operands[i];
                        }
                    }
                    a.emitJump(op, self, others);
                } else {
                    a.emit(op, operands);
                }
                byte[] code = a.toBytes();
                assertEquals(op.length(), code.length, op.name());
                InstructionReader in = new InstructionReader(code);
                assertTrue(in.next());
                assertEquals(op, in.opcode());
                assertArrayEquals(operands, in.operands(), op.name());
                assertFalse(in.next());
            }
        }
    }

    @Test
    void rejectsUnknownOpcodesAndTruncation() {
        InstructionReader unknown = new InstructionReader(new byte[] {0x01, 0x00});
        assertTrue(unknown.next());
        var e = assertThrows(InstructionReader.MalformedCodeException.class, unknown::next);
        assertEquals(1, e.offset());
        InstructionReader cut = new InstructionReader(new byte[] {0x05, 0x00});
        assertThrows(InstructionReader.MalformedCodeException.class, cut::next);
    }

    @Test
    void assemblerChecksOperandRanges() {
        CodeAssembler a = new CodeAssembler();
        assertThrows(IllegalArgumentException.class, () -> a.emit(Opcode.CALL, 256));
        assertThrows(IllegalArgumentException.class, () -> a.emit(Opcode.LOAD_CONST));
        assertThrows(IllegalArgumentException.class, () -> a.emit(Opcode.JUMP, 0));
    }

    @Test
    void stackDepthsFollowBranchesAndHandlers() {
        CodeAssembler a = new CodeAssembler();
        CodeAssembler.Label done = a.newLabel();
        a.emit(Opcode.LOAD_TRUE);
        a.emitJump(Opcode.AND_JUMP, done);
        a.emit(Opcode.LOAD_INT, 1);
        a.emit(Opcode.LOAD_INT, 2);
        a.emit(Opcode.LT);
        a.bind(done);
        a.emit(Opcode.RETURN);
        byte[] code = a.toBytes();
        StackDepths.Result r = StackDepths.compute(code, 0, code.length, new int[0], i -> null);
        assertTrue(r.ok(), r.problems().toString());
        assertEquals(2, r.maxDepth());
        assertEquals(1, r.depthAt()[done.offset()]);
    }

    @Test
    void stackDepthsReportUnderflowAndFallOff() {
        CodeAssembler a = new CodeAssembler();
        a.emit(Opcode.POP);
        byte[] code = a.toBytes();
        StackDepths.Result r = StackDepths.compute(code, 0, code.length, new int[0], i -> null);
        assertEquals(1, r.problems().size());
        assertTrue(r.problems().getFirst().message().contains("needs 1"), r.problems().toString());
        CodeAssembler b = new CodeAssembler();
        b.emit(Opcode.NOP);
        byte[] code2 = b.toBytes();
        StackDepths.Result r2 = StackDepths.compute(code2, 0, code2.length, new int[0], i -> null);
        assertTrue(r2.problems().getFirst().message().contains("falls off the end"));
    }
}
