package org.runavm.kernel.bytecode;

/**
 * What an instruction operand is, and how wide it is in the code array.
 *
 * <p>Every operand has a fixed width, so an instruction's length depends on its opcode alone: the
 * interpreter can step over operands without decoding them, and the verifier can find every
 * instruction boundary in one pass. The kind also tells the verifier which table an operand indexes.
 */
public enum OperandKind {
    /** A slot of the current frame (parameters first, then locals). */
    LOCAL(2, false),
    /** An index into the constant pool, any kind of constant. */
    CONSTANT(2, false),
    /** An index of a Text constant naming a global, field, method, message or module. */
    NAME(2, false),
    /** An index of a List constant whose elements are Text: the names of trailing named arguments. */
    NAMES(2, false),
    /** An index of an External reference constant (an {@code External Process}). */
    EXTERNAL(2, false),
    /** An index of a Map constant from case values to Integer jump offsets (a switch table). */
    SWITCH_TABLE(2, false),
    /** A type id. */
    TYPE(2, false),
    /** A function id. */
    FUNCTION(2, false),
    /** An index into the current function's upvalue descriptors. */
    UPVALUE(1, false),
    /** The number of arguments an instruction passes, taken from the operand stack. */
    ARG_COUNT(1, false),
    /** A small element count (unpack, concatenation). */
    SMALL_COUNT(1, false),
    /** An element count (list, map pair, tuple or set literals). */
    COUNT(2, false),
    /** A signed offset relative to the start of the instruction that holds it. */
    OFFSET(4, true),
    /** An inline cache slot of the current function; the engine sizes its caches by the highest one. */
    CACHE(2, false),
    /** A signed 8-bit immediate. */
    INT8(1, true),
    /** A signed 16-bit immediate. */
    INT16(2, true);

    private final int width;
    private final boolean signed;

    OperandKind(int width, boolean signed) {
        this.width = width;
        this.signed = signed;
    }

    /** Bytes the operand occupies in the code array (1, 2 or 4). */
    public int width() {
        return width;
    }

    /** Whether the operand is read as a two's-complement signed number. */
    public boolean signed() {
        return signed;
    }

    /** Whether the operand indexes the constant pool (and so must be in range of it). */
    public boolean isConstantIndex() {
        return this == CONSTANT || this == NAME || this == NAMES || this == EXTERNAL || this == SWITCH_TABLE;
    }
}
