package org.runavm.kernel.bytecode;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits the code of one function instruction by instruction, with labels for jumps.
 *
 * <p>Operands are checked against the {@link Opcode} table as they are emitted (count and range of
 * their width), so a wrong emit fails at the call that made it. Jump offsets are patched when the
 * code is {@linkplain #toBytes() finished}; an unbound label fails there. Line positions recorded
 * with {@link #position(int, int)} become the function's line table entries.
 */
public final class CodeAssembler {

    /** A position in the code, bound once. */
    public static final class Label {
        private int offset = -1;

        /** The bound offset, or -1. */
        public int offset() {
            return offset;
        }
    }

    /** A line table entry relative to this function's code. */
    public record Position(int offset, int line, int column) {
    }

    private record Patch(int instruction, int at, Label target) {
    }

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final List<Patch> patches = new ArrayList<>();
    private final List<Position> positions = new ArrayList<>();

    /** A new unbound label. */
    public Label newLabel() {
        return new Label();
    }

    /** Binds the label to the current offset. */
    public CodeAssembler bind(Label label) {
        if (label.offset >= 0) {
            throw new IllegalStateException("label bound twice");
        }
        label.offset = out.size();
        return this;
    }

    /** A label bound here. */
    public Label here() {
        Label l = newLabel();
        bind(l);
        return l;
    }

    /** The offset the next instruction gets. */
    public int offset() {
        return out.size();
    }

    /** Records that code from here on comes from this source line and column. */
    public CodeAssembler position(int line, int column) {
        if (!positions.isEmpty() && positions.getLast().offset() == out.size()) {
            positions.removeLast();
        }
        if (positions.isEmpty() || positions.getLast().line() != line || positions.getLast().column() != column) {
            positions.add(new Position(out.size(), line, column));
        }
        return this;
    }

    /** Emits an instruction without a jump operand. */
    public CodeAssembler emit(Opcode op, int... operands) {
        if (op.jumpOperand() >= 0) {
            throw new IllegalArgumentException(op + " jumps: use emitJump");
        }
        write(op, operands, null);
        return this;
    }

    /**
     * Emits an instruction with a jump operand; {@code others} are its remaining operands in order
     * (e.g. the local slot of FOR_ITER, the table of SWITCH).
     */
    public CodeAssembler emitJump(Opcode op, Label target, int... others) {
        int index = op.jumpOperand();
        if (index < 0) {
            throw new IllegalArgumentException(op + " has no jump operand");
        }
        int[] operands = new int[others.length + 1];
        for (int i = 0, j = 0; i < operands.length; i++) {
            operands[i] = i == index ? 0 : others[j++];
        }
        write(op, operands, target);
        return this;
    }

    private void write(Opcode op, int[] operands, Label target) {
        List<OperandKind> kinds = op.operands();
        if (operands.length != kinds.size()) {
            throw new IllegalArgumentException(op + " takes " + kinds.size() + " operands, got " + operands.length);
        }
        int start = out.size();
        out.write(op.code());
        for (int i = 0; i < operands.length; i++) {
            OperandKind kind = kinds.get(i);
            if (kind == OperandKind.OFFSET) {
                patches.add(new Patch(start, out.size(), target));
            }
            writeOperand(kind, operands[i], op);
        }
    }

    private void writeOperand(OperandKind kind, int value, Opcode op) {
        int width = kind.width();
        if (width < 4) {
            long min = kind.signed() ? -(1L << (8 * width - 1)) : 0;
            long max = kind.signed() ? (1L << (8 * width - 1)) - 1 : (1L << (8 * width)) - 1;
            if (value < min || value > max) {
                throw new IllegalArgumentException(op + " operand " + kind + " out of range: " + value);
            }
        }
        for (int shift = 8 * (width - 1); shift >= 0; shift -= 8) {
            out.write(value >>> shift);
        }
    }

    /** The finished code with every jump patched. */
    public byte[] toBytes() {
        byte[] code = out.toByteArray();
        for (Patch p : patches) {
            if (p.target().offset < 0) {
                throw new IllegalStateException("jump at offset " + p.instruction() + " to an unbound label");
            }
            int rel = p.target().offset - p.instruction();
            code[p.at()] = (byte) (rel >>> 24);
            code[p.at() + 1] = (byte) (rel >>> 16);
            code[p.at() + 2] = (byte) (rel >>> 8);
            code[p.at() + 3] = (byte) rel;
        }
        return code;
    }

    /** The recorded source positions, by offset. */
    public List<Position> positions() {
        return List.copyOf(positions);
    }
}
