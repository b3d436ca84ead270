package org.runavm.kernel.bytecode;

/**
 * A cursor that decodes the instructions of a code range with the {@link Opcode} table.
 *
 * <p>Allocation-free: {@link #next()} decodes into the cursor, and the accessors read the current
 * instruction. It never reads outside {@code [start, end)}: an unknown opcode byte or operands that
 * run past the end raise {@link MalformedCodeException} with the offending offset, which the verifier
 * reports and engines (which run only verified code) never see.
 *
 * <pre>{@code
 * InstructionReader in = image.instructions(fn);
 * while (in.next()) {
 *     System.out.println(in.offset() + " " + in.opcode() + " " + in.operand(0));
 * }
 * }</pre>
 */
public final class InstructionReader {

    private static final int MAX_OPERANDS = 3;

    private final byte[] code;
    private final int start;
    private final int end;
    private int position;
    private int offset = -1;
    private Opcode opcode;
    private final int[] operands = new int[MAX_OPERANDS];

    /** Reads {@code code[start..end)}; offsets reported are relative to {@code start}. */
    public InstructionReader(byte[] code, int start, int end) {
        if (start < 0 || end < start || end > code.length) {
            throw new IllegalArgumentException("code range [" + start + ", " + end + ") outside 0.." + code.length);
        }
        this.code = code;
        this.start = start;
        this.end = end;
        this.position = start;
    }

    /** Reads a whole array. */
    public InstructionReader(byte[] code) {
        this(code, 0, code.length);
    }

    /**
     * Decodes the next instruction.
     *
     * @return false at the end of the range
     * @throws MalformedCodeException on an unknown opcode or truncated operands
     */
    public boolean next() {
        if (position >= end) {
            opcode = null;
            return false;
        }
        int at = position;
        Opcode op = Opcode.byCode(code[at] & 0xFF);
        if (op == null) {
            throw new MalformedCodeException(at - start,
                    String.format("unknown opcode 0x%02X", code[at] & 0xFF));
        }
        if (at + op.length() > end) {
            throw new MalformedCodeException(at - start, op.mnemonic() + " is cut off by the end of the code");
        }
        int p = at + 1;
        int i = 0;
        for (OperandKind kind : op.operands()) {
            operands[i++] = read(p, kind);
            p += kind.width();
        }
        opcode = op;
        offset = at - start;
        position = p;
        return true;
    }

    private int read(int p, OperandKind kind) {
        return switch (kind.width()) {
            case 1 -> kind.signed() ? code[p] : code[p] & 0xFF;
            case 2 -> {
                int v = ((code[p] & 0xFF) << 8) | (code[p + 1] & 0xFF);
                yield kind.signed() ? (short) v : v;
            }
            default -> ((code[p] & 0xFF) << 24) | ((code[p + 1] & 0xFF) << 16)
                    | ((code[p + 2] & 0xFF) << 8) | (code[p + 3] & 0xFF);
        };
    }

    /** The current instruction's opcode. */
    public Opcode opcode() {
        return opcode;
    }

    /** The current instruction's offset, relative to the start of the range. */
    public int offset() {
        return offset;
    }

    /** Operand {@code i} of the current instruction, sign-extended when its kind is signed. */
    public int operand(int i) {
        return operands[i];
    }

    /** The current instruction's operands (a fresh array of the opcode's operand count). */
    public int[] operands() {
        return java.util.Arrays.copyOf(operands, opcode.operands().size());
    }

    /** Where the current instruction's jump operand goes (relative to the range), or -1. */
    public int jumpTarget() {
        int index = opcode.jumpOperand();
        return index < 0 ? -1 : offset + operands[index];
    }

    /** The offset of the instruction after the current one. */
    public int nextOffset() {
        return position - start;
    }

    /** Moves the cursor so the next {@link #next()} decodes the instruction at {@code relativeOffset}. */
    public void seek(int relativeOffset) {
        if (relativeOffset < 0 || relativeOffset > end - start) {
            throw new IllegalArgumentException("offset " + relativeOffset + " outside the code range");
        }
        position = start + relativeOffset;
        opcode = null;
    }

    /** Raised when code bytes do not decode as instructions. */
    public static final class MalformedCodeException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final int offset;

        public MalformedCodeException(int offset, String message) {
            super(message);
            this.offset = offset;
        }

        /** The offset (relative to the decoded range) of the bad instruction. */
        public int offset() {
            return offset;
        }
    }
}
