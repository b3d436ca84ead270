package org.runavm.engine.interpreter.internal;

/**
 * The opcode bytes as compile-time constants, so the dispatch loop can switch on them; {@code OpTest}
 * checks every one against {@link org.runavm.kernel.bytecode.Opcode}.
 */
final class Op {
    static final int NOP = 0x01;
    static final int POP = 0x02;
    static final int DUP = 0x03;
    static final int SWAP = 0x04;
    static final int LOAD_CONST = 0x05;
    static final int LOAD_NULL = 0x06;
    static final int LOAD_TRUE = 0x07;
    static final int LOAD_FALSE = 0x08;
    static final int LOAD_LOCAL = 0x09;
    static final int STORE_LOCAL = 0x0A;
    static final int LOAD_GLOBAL = 0x0B;
    static final int STORE_GLOBAL = 0x0C;
    static final int GET_FIELD = 0x0D;
    static final int SET_FIELD = 0x0E;
    static final int NEW = 0x0F;
    static final int CALL = 0x10;
    static final int CALL_METHOD = 0x11;
    static final int CALL_SUPER = 0x12;
    static final int CALL_NAMED = 0x13;
    static final int RETURN = 0x14;
    static final int JUMP = 0x15;
    static final int JUMP_IF_FALSE = 0x16;
    static final int JUMP_IF_TRUE = 0x17;
    static final int ADD = 0x18;
    static final int SUB = 0x19;
    static final int MUL = 0x1A;
    static final int DIV = 0x1B;
    static final int FLOOR_DIV = 0x1C;
    static final int MOD = 0x1D;
    static final int POW = 0x1E;
    static final int NEG = 0x1F;
    static final int EQ = 0x20;
    static final int NE = 0x21;
    static final int LT = 0x22;
    static final int LE = 0x23;
    static final int GT = 0x24;
    static final int GE = 0x25;
    static final int NOT = 0x26;
    static final int NEW_LIST = 0x27;
    static final int NEW_MAP = 0x28;
    static final int GET_INDEX = 0x29;
    static final int SET_INDEX = 0x2A;
    static final int THROW = 0x2B;
    static final int CLOSURE = 0x2C;
    static final int LOAD_UPVALUE = 0x2D;
    static final int STORE_UPVALUE = 0x2E;
    static final int MAKE_CELL = 0x2F;
    static final int LOAD_CELL = 0x30;
    static final int STORE_CELL = 0x31;
    static final int CHECK_TYPE = 0x32;
    static final int IMPORT = 0x33;
    static final int YIELD = 0x40;
    static final int AWAIT = 0x41;
    static final int GET_ITER = 0x42;
    static final int FOR_ITER = 0x43;
    static final int TYPE_OF = 0x44;
    static final int IS_A = 0x45;
    static final int LAMBDA = 0x46;
    static final int UNPACK = 0x47;
    static final int CALL_SPREAD = 0x48;
    static final int SWITCH = 0x49;
    static final int INVOKE_FFI = 0x4A;
    static final int TO_INTEGER = 0x4B;
    static final int TO_DECIMAL = 0x4C;
    static final int CONCAT = 0x4D;
    static final int UNWIND = 0x4E;
    static final int DEBUG_BREAK = 0x4F;
    static final int CONTAINS = 0x50;
    static final int NEW_TUPLE = 0x51;
    static final int NEW_SET = 0x52;
    static final int BIT_AND = 0x53;
    static final int BIT_OR = 0x54;
    static final int BIT_XOR = 0x55;
    static final int BIT_NOT = 0x56;
    static final int SHL = 0x57;
    static final int SHR = 0x58;
    static final int DISPLAY = 0x59;
    static final int LENGTH = 0x5A;
    static final int JUMP_IF_ARG_SET = 0x5B;
    static final int SEND = 0x5C;
    static final int ASK = 0x5D;
    static final int ASK_WITHIN = 0x5E;
    static final int TASK_GROUP_ENTER = 0x5F;
    static final int TASK_GROUP_EXIT = 0x60;
    static final int TASK_GROUP_ABORT = 0x61;
    static final int CALL_METHOD_NAMED = 0x62;
    static final int DUP2 = 0x63;
    static final int LOAD_INT = 0x68;
    static final int INC_LOCAL = 0x69;
    static final int ADD_INT = 0x6A;
    static final int SUB_INT = 0x6B;
    static final int MUL_INT = 0x6C;
    static final int LT_INT = 0x6D;
    static final int LE_INT = 0x6E;
    static final int EQ_INT = 0x6F;
    static final int JUMP_IF_LT = 0x70;
    static final int JUMP_IF_LE = 0x71;
    static final int JUMP_IF_GT = 0x72;
    static final int JUMP_IF_GE = 0x73;
    static final int JUMP_IF_EQ = 0x74;
    static final int JUMP_IF_NE = 0x75;
    static final int JUMP_IF_NULL = 0x76;
    static final int JUMP_IF_NOT_NULL = 0x77;
    static final int AND_JUMP = 0x78;
    static final int OR_JUMP = 0x79;
    static final int CALL_KNOWN = 0x7A;
    static final int TAIL_CALL = 0x7B;
    static final int TAIL_CALL_KNOWN = 0x7C;
    static final int RETURN_NULL = 0x7D;
    static final int GET_FIELD_IC = 0x7E;
    static final int SET_FIELD_IC = 0x7F;
    static final int CALL_METHOD_IC = 0x80;
    static final int LOAD_GLOBAL_IC = 0x81;
    static final int GET_INDEX_INT = 0x82;
    static final int SET_INDEX_INT = 0x83;
    static final int RANGE_TEST = 0x84;

    /** Instruction length by opcode byte (0 for bytes that are no instruction). */
    static final int[] LEN = new int[256];

    /**
     * What the dispatch loop adds to pc to step over the instruction: its length, and for the
     * engine's fused opcodes (which all begin with a LOAD_LOCAL) that LOAD_LOCAL's, the fall-back
     * when the fused fast path does not apply. One table rather than a literal length per case:
     * HotSpot computes an expression that several cases share once, before the switch, and a
     * literal per length (pc + 1, pc + 3, pc + 5, ...) was that many additions and spills on every
     * dispatch.
     */
    static final int[] STEP = new int[256];

    static {
        for (org.runavm.kernel.bytecode.Opcode op : org.runavm.kernel.bytecode.Opcode.values()) {
            LEN[op.code()] = op.length();
        }
        for (int op = 0; op < 256; op++) {
            STEP[op] = LEN[op] != 0 ? LEN[op] : LEN[LOAD_LOCAL];
        }
    }

    private Op() {
    }
}
