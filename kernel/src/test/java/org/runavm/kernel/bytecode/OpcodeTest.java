package org.runavm.kernel.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class OpcodeTest {

    @Test
    void publishedFrameIsFullyUsed() {
        for (int code = 0x01; code <= 0x33; code++) {
            assertNotNull(Opcode.byCode(code), String.format("0x%02X", code));
        }
        for (int code = 0x40; code <= 0x4F; code++) {
            assertNotNull(Opcode.byCode(code), String.format("0x%02X", code));
        }
        assertEquals(Opcode.NOP, Opcode.byCode(0x01));
        assertEquals(Opcode.IMPORT, Opcode.byCode(0x33));
        assertEquals(Opcode.YIELD, Opcode.byCode(0x40));
        assertEquals(Opcode.DEBUG_BREAK, Opcode.byCode(0x4F));
        assertNull(Opcode.byCode(0x00));
        assertNull(Opcode.byCode(0x34));
        assertNull(Opcode.byCode(0xFF));
    }

    @Test
    void aboutOneHundredTwentyInstructions() {
        int n = Opcode.values().length;
        assertTrue(n >= 110 && n <= 130, "instruction count " + n);
    }

    @Test
    void lengthIsOpcodePlusOperandWidths() {
        assertEquals(1, Opcode.ADD.length());
        assertEquals(3, Opcode.LOAD_CONST.length());
        assertEquals(5, Opcode.JUMP.length());
        assertEquals(7, Opcode.FOR_ITER.length());
        assertEquals(6, Opcode.CALL_SUPER.length());
    }

    @Test
    void variableStackEffectsFollowOperands() {
        assertEquals(4, Opcode.CALL.stack().pops(new int[] {3}));
        assertEquals(1, Opcode.CALL.stack().pushes(new int[] {3}));
        assertEquals(10, Opcode.NEW_MAP.stack().pops(new int[] {5}));
        assertEquals(3, Opcode.UNPACK.stack().pushes(new int[] {3}));
        assertEquals(4, Opcode.ASK_WITHIN.stack().pops(new int[] {7, 2}));
        assertEquals(3, Opcode.CALL_SUPER.stack().pops(new int[] {1, 2, 2}));
    }

    @Test
    void branchPushesDifferOnlyWhereDeclared() {
        assertEquals(1, Opcode.FOR_ITER.stack().pushes(new int[] {0, 0}));
        assertEquals(0, Opcode.FOR_ITER.stack().branchPushes(new int[] {0, 0}));
        assertEquals(1, Opcode.AND_JUMP.stack().branchPushes(new int[] {0}));
        assertEquals("1>0|1", Opcode.AND_JUMP.stack().toString());
        assertEquals("1+a0>1", Opcode.CALL.stack().toString());
    }

    @Test
    void variableCountsReadCountOperands() {
        for (Opcode op : Opcode.values()) {
            for (StackEffect.Count count : List.of(op.stack().pops(), op.stack().pushes(), op.stack().branchPushes())) {
                if (count.variable()) {
                    OperandKind kind = op.operands().get(count.operand());
                    assertTrue(kind == OperandKind.ARG_COUNT || kind == OperandKind.COUNT
                            || kind == OperandKind.SMALL_COUNT, op + " counts with a " + kind + " operand");
                }
            }
        }
    }

    @Test
    void onlyBranchesPushDifferentlyWhenJumping() {
        for (Opcode op : Opcode.values()) {
            if (!op.has(OpFlag.BRANCH)) {
                assertEquals(op.stack().pushes(), op.stack().branchPushes(), op.name());
            }
        }
    }

    @Test
    void flagsDescribeControlFlow() {
        assertFalse(Opcode.RETURN.fallsThrough());
        assertFalse(Opcode.THROW.fallsThrough());
        assertFalse(Opcode.JUMP.fallsThrough());
        assertTrue(Opcode.JUMP_IF_FALSE.fallsThrough());
        assertTrue(Opcode.CALL.has(OpFlag.MAY_THROW));
        assertTrue(Opcode.CALL.isSafepoint(0));
        assertTrue(Opcode.JUMP.isSafepoint(-10));
        assertFalse(Opcode.JUMP.isSafepoint(10));
        assertFalse(Opcode.SUB.isSafepoint(0));
        for (Opcode op : Opcode.values()) {
            assertEquals(op.has(OpFlag.BRANCH), op.jumpOperand() >= 0, op.name());
            assertFalse(op.meaning().isEmpty() && op != Opcode.NOP, op.name());
        }
    }
}
