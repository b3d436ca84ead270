package org.runavm.engine.interpreter.internal;

/**
 * Rewrites a program's private copy of its code so that the commonest instruction sequences run as one
 * dispatch ("superinstructions", as in many production interpreters): only the first opcode byte of a
 * sequence is replaced, by an engine-internal opcode, and every operand byte stays where it was.
 *
 * <p>That keeps the rewrite safe without any flow analysis: a jump into the middle of a sequence lands
 * on an original instruction and runs it normally; a fused instruction reads its operands from the
 * original positions; and when its fast path does not apply (a value of another type, an overflow) it
 * executes just the first instruction of the sequence and goes on with the second, so every error is
 * raised by the original instruction with the original pc, position and handler. Offsets, debug lines,
 * exception tables and reference maps are untouched.
 */
final class Quickener {
    /** {@code LOAD_LOCAL s; CHECK_TYPE t n; POP}: a parameter's annotation check. */
    static final int CHECK_LOCAL = 0xE0;
    /** {@code LOAD_LOCAL s; LOAD_INT i; JUMP_IF_LT/LE/GT/GE}: compare a local with a small Integer. */
    static final int JLT_LOCAL_INT = 0xE1;
    static final int JLE_LOCAL_INT = 0xE2;
    static final int JGT_LOCAL_INT = 0xE3;
    static final int JGE_LOCAL_INT = 0xE4;
    /** {@code LOAD_LOCAL s; LOAD_INT i; ADD/SUB}: a local plus or minus a small Integer. */
    static final int ADD_LOCAL_INT = 0xE5;
    static final int SUB_LOCAL_INT = 0xE6;
    /** {@code LOAD_LOCAL a; LOAD_LOCAL b; JUMP_IF_LT/LE/GT/GE}: compare two locals. */
    static final int JLT_LOCALS = 0xE7;
    static final int JLE_LOCALS = 0xE8;
    static final int JGT_LOCALS = 0xE9;
    static final int JGE_LOCALS = 0xEA;
    /** {@code LOAD_LOCAL a; LOAD_LOCAL b}. */
    static final int LOAD_LOCAL2 = 0xEB;
    /** {@code LOAD_LOCAL s; GET_FIELD_IC n k}: a field of a local ({@code Self.name}). */
    static final int GET_FIELD_LOCAL = 0xEC;
    /** {@code LOAD_LOCAL s; LOAD_NULL; JUMP_IF_EQ / JUMP_IF_NE}: a local compared with null. */
    static final int JNULL_LOCAL = 0xED;
    static final int JNOT_NULL_LOCAL = 0xEE;
    /** {@code LOAD_LOCAL s; RETURN}: return a local (a parameter, a result computed into a variable). */
    static final int RETURN_LOCAL = 0xEF;
    /** {@code LOAD_LOCAL s; LOAD_INT i; GET_INDEX}: an element of a local Tuple or List ({@code pair[0]}). */
    static final int INDEX_LOCAL_INT = 0xF0;
    /** {@code LOAD_LOCAL s; LOAD_INT i; JUMP_IF_EQ/NE}: a local equal or not to a small Integer. */
    static final int JEQ_LOCAL_INT = 0xF1;
    static final int JNE_LOCAL_INT = 0xF2;
    /** {@code LOAD_NULL; JUMP_IF_EQ/NE}: the value on top of the stack compared with null ({@code a[0] == null}). */
    static final int JNULL_TOP = 0xF3;
    static final int JNOT_NULL_TOP = 0xF4;

    /** Length of a whole fused sequence, by fused opcode. */
    static final int[] SPAN = new int[256];
    /** How many original instructions a fused sequence stands for (the instruction budget counts those). */
    static final int[] COUNT = new int[256];

    static {
        fused(CHECK_LOCAL, 9, 3);
        for (int op : new int[] {JLT_LOCAL_INT, JLE_LOCAL_INT, JGT_LOCAL_INT, JGE_LOCAL_INT,
                JLT_LOCALS, JLE_LOCALS, JGT_LOCALS, JGE_LOCALS, JEQ_LOCAL_INT, JNE_LOCAL_INT}) {
            fused(op, 11, 3);
        }
        fused(ADD_LOCAL_INT, 7, 3);
        fused(SUB_LOCAL_INT, 7, 3);
        fused(LOAD_LOCAL2, 6, 2);
        fused(GET_FIELD_LOCAL, 8, 2);
        fused(JNULL_LOCAL, 9, 3);
        fused(JNOT_NULL_LOCAL, 9, 3);
        fused(RETURN_LOCAL, 4, 2);
        fused(INDEX_LOCAL_INT, 7, 3);
        fused(JNULL_TOP, 6, 2);
        fused(JNOT_NULL_TOP, 6, 2);
        for (int op = 0; op < 256; op++) {
            if (SPAN[op] != 0 && Op.LEN[op] != 0) {
                throw new AssertionError("fused opcode 0x" + Integer.toHexString(op) + " is a bytecode opcode");
            }
        }
    }

    private static void fused(int op, int span, int count) {
        SPAN[op] = span;
        COUNT[op] = count;
    }

    private Quickener() {
    }

    /**
     * Rewrites the instructions in {@code [start, end)} of {@code code} in place. Instructions are
     * decoded from {@code original}, which the rewrite does not change, so a rewritten opcode never
     * hides the start of the next sequence.
     */
    static void quicken(byte[] original, byte[] code, int start, int end) {
        for (int pc = start; pc < end; ) {
            int op = original[pc] & 0xFF;
            int len = Op.LEN[op];
            if (len == 0) {
                return; // not an instruction boundary we understand: leave the rest as it is
            }
            int fusedOp = op == Op.LOAD_LOCAL ? fuse(original, pc + len, end)
                    : op == Op.LOAD_NULL ? fuseNull(original, pc + len, end) : 0;
            if (fusedOp != 0) {
                code[pc] = (byte) fusedOp;
            }
            pc += len;
        }
    }

    /** The fused opcode for a LOAD_NULL followed by the instruction at {@code next}, or 0. */
    private static int fuseNull(byte[] c, int next, int end) {
        int second = next < end ? c[next] & 0xFF : -1;
        return switch (second) {
            case Op.JUMP_IF_EQ -> JNULL_TOP;
            case Op.JUMP_IF_NE -> JNOT_NULL_TOP;
            default -> 0;
        };
    }

    /** The fused opcode for a LOAD_LOCAL followed by the instructions at {@code next}, or 0. */
    private static int fuse(byte[] c, int next, int end) {
        if (next >= end) {
            return 0;
        }
        int second = c[next] & 0xFF;
        int afterSecond = next + Op.LEN[second];
        int third = afterSecond < end ? c[afterSecond] & 0xFF : -1;
        if (second == Op.RETURN) {
            return RETURN_LOCAL;
        }
        if (second == Op.CHECK_TYPE && third == Op.POP) {
            return CHECK_LOCAL;
        }
        if (second == Op.GET_FIELD_IC) {
            return GET_FIELD_LOCAL;
        }
        if (second == Op.LOAD_NULL) {
            return switch (third) {
                case Op.JUMP_IF_EQ -> JNULL_LOCAL;
                case Op.JUMP_IF_NE -> JNOT_NULL_LOCAL;
                default -> 0;
            };
        }
        if (second == Op.LOAD_INT) {
            return switch (third) {
                case Op.JUMP_IF_LT -> JLT_LOCAL_INT;
                case Op.JUMP_IF_LE -> JLE_LOCAL_INT;
                case Op.JUMP_IF_GT -> JGT_LOCAL_INT;
                case Op.JUMP_IF_GE -> JGE_LOCAL_INT;
                case Op.JUMP_IF_EQ -> JEQ_LOCAL_INT;
                case Op.JUMP_IF_NE -> JNE_LOCAL_INT;
                case Op.ADD, Op.ADD_INT -> ADD_LOCAL_INT;
                case Op.SUB, Op.SUB_INT -> SUB_LOCAL_INT;
                case Op.GET_INDEX, Op.GET_INDEX_INT -> INDEX_LOCAL_INT;
                default -> 0;
            };
        }
        if (second == Op.LOAD_LOCAL) {
            return switch (third) {
                case Op.JUMP_IF_LT -> JLT_LOCALS;
                case Op.JUMP_IF_LE -> JLE_LOCALS;
                case Op.JUMP_IF_GT -> JGT_LOCALS;
                case Op.JUMP_IF_GE -> JGE_LOCALS;
                default -> LOAD_LOCAL2;
            };
        }
        return 0;
    }
}
