package org.runavm.engine.interpreter.internal;

import java.util.List;
import java.util.function.IntPredicate;

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
    /**
     * Two or more pushes of constants (null, Booleans, Integers, Decimal and Text constants), then a
     * {@code NEW_TUPLE} of exactly those values: a Tuple of constants, made once when the program is
     * loaded ({@link Program#constantTuples}). A Tuple is immutable and a program cannot tell two
     * equal Tuples apart, so one copy serves every execution of the literal, as in CPython. Its length
     * and the instructions it stands for vary, so they are in {@link Program#tupleSites}, not in
     * {@link #SPAN} and {@link #COUNT}.
     */
    static final int LOAD_TUPLE_CONST = 0xF5;

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
            if ((SPAN[op] != 0 || op == LOAD_TUPLE_CONST) && Op.LEN[op] != 0) {
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
     * A {@link #LOAD_TUPLE_CONST} at code offset {@code pc}: {@code instructions} original instructions
     * (the pushes and the NEW_TUPLE) in {@code span} bytes.
     */
    record ConstantTuple(int pc, int instructions, int span) {
        int elements() {
            return instructions - 1;
        }
    }

    /**
     * Rewrites the instructions in {@code [start, end)} of {@code code} in place. Instructions are
     * decoded from {@code original}, which the rewrite does not change, so a rewritten opcode never
     * hides the start of the next sequence. Tuples of constants are added to {@code tuples};
     * {@code immutableConstant} says which constant-pool entries they may hold.
     */
    static void quicken(byte[] original, byte[] code, int start, int end, IntPredicate immutableConstant,
            List<ConstantTuple> tuples) {
        int pushesSeenUntil = start;
        for (int pc = start; pc < end; ) {
            int op = original[pc] & 0xFF;
            int len = Op.LEN[op];
            if (len == 0) {
                return; // not an instruction boundary we understand: leave the rest as it is
            }
            if (pc >= pushesSeenUntil && isConstantPush(original, pc, end, immutableConstant)) {
                pushesSeenUntil = findConstantTuple(original, code, pc, end, immutableConstant, tuples);
            }
            int fusedOp = code[pc] != original[pc] ? 0 // already the start of a Tuple of constants
                    : op == Op.LOAD_LOCAL ? fuse(original, pc + len, end)
                    : op == Op.LOAD_NULL ? fuseNull(original, pc + len, end) : 0;
            if (fusedOp != 0) {
                code[pc] = (byte) fusedOp;
            }
            pc += len;
        }
    }

    /**
     * Looks at the run of constant pushes that begins at {@code pc}: when a {@code NEW_TUPLE n} ends it
     * and the run has at least {@code n >= 2} pushes, its last {@code n} are a Tuple of constants.
     * Returns the end of the run, so each push is looked at once however long the run.
     */
    private static int findConstantTuple(byte[] c, byte[] code, int pc, int end, IntPredicate immutableConstant,
            List<ConstantTuple> tuples) {
        int at = pc;
        int pushes = 0;
        while (at < end && isConstantPush(c, at, end, immutableConstant)) {
            pushes++;
            at += Op.LEN[c[at] & 0xFF];
        }
        int newTuple = Op.LEN[Op.NEW_TUPLE];
        if (at + newTuple > end || (c[at] & 0xFF) != Op.NEW_TUPLE) {
            return at;
        }
        int n = Interpreter.u16(c, at + 1);
        if (n < 2 || n > pushes) {
            return at;
        }
        int first = pc;
        for (int skip = pushes - n; skip > 0; skip--) {
            first += Op.LEN[c[first] & 0xFF];
        }
        code[first] = (byte) LOAD_TUPLE_CONST;
        tuples.add(new ConstantTuple(first, n + 1, at + newTuple - first));
        return at;
    }

    /** Whether the instruction at {@code at} pushes a constant a Tuple of constants may hold. */
    private static boolean isConstantPush(byte[] c, int at, int end, IntPredicate immutableConstant) {
        int op = c[at] & 0xFF;
        if (Op.LEN[op] == 0 || at + Op.LEN[op] > end) {
            return false;
        }
        return switch (op) {
            case Op.LOAD_NULL, Op.LOAD_TRUE, Op.LOAD_FALSE, Op.LOAD_INT -> true;
            case Op.LOAD_CONST -> immutableConstant.test(Interpreter.u16(c, at + 1));
            default -> false;
        };
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
