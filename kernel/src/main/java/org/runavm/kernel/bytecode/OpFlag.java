package org.runavm.kernel.bytecode;

/** Control-flow and runtime properties of an {@link Opcode}. */
public enum OpFlag {
    /** Has a {@link OperandKind#OFFSET} operand (or a switch table) naming another instruction. */
    BRANCH,
    /** Control never continues with the next instruction (jump, return, throw, switch). */
    NO_FALL_THROUGH,
    /** May raise a Runa error, so it needs the exception table and a precise location. */
    MAY_THROW,
    /** Calls a function (Runa, native or foreign): a new frame, and a safepoint poll. */
    CALL,
    /** Polls for a safepoint. Backward branches poll too: see {@link Opcode#isSafepoint(int)}. */
    SAFEPOINT,
    /** Leaves the current function (return or tail call). */
    RETURN,
    /** Its jump targets come from a switch table constant as well as its jump operand. */
    SWITCH
}
