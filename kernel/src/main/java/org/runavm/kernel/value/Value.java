package org.runavm.kernel.value;

/**
 * A boxed value for the cold paths that need one object per value: tools, the embedding API,
 * diagnostics and tests. Engines never use it on hot paths; they keep tag and payload apart.
 *
 * @param tag     one of the {@link Tag} constants
 * @param payload the 64 payload bits
 */
public record Value(byte tag, long payload) {
    /** The {@code null} value. */
    public static final Value NULL = new Value(Tag.NULL, 0L);
    /** The absent value. */
    public static final Value EMPTY = new Value(Tag.EMPTY, 0L);

    public Value {
        if (!Tag.isValid(tag)) {
            throw new IllegalArgumentException("invalid value tag " + tag);
        }
    }

    /** An Integer. */
    public static Value ofInteger(long value) {
        return new Value(Tag.INTEGER, value);
    }

    /** A Decimal. */
    public static Value ofDecimal(double value) {
        return new Value(Tag.DECIMAL, Values.decimalBits(value));
    }

    /** A Boolean. */
    public static Value ofBoolean(boolean value) {
        return new Value(Tag.BOOLEAN, Values.booleanBits(value));
    }

    /** A reference to the heap object at {@code address}. */
    public static Value ofReference(long address) {
        return new Value(Tag.REF, address);
    }

    /** Whether this value is a heap reference. */
    public boolean isReference() {
        return tag == Tag.REF;
    }

    @Override
    public String toString() {
        return switch (tag) {
            case Tag.NULL -> "null";
            case Tag.BOOLEAN -> Boolean.toString(Values.bool(payload));
            case Tag.INTEGER -> Long.toString(payload);
            case Tag.DECIMAL -> Double.toString(Values.decimal(payload));
            case Tag.REF -> "ref@" + payload;
            default -> Tag.name(tag) + "(" + payload + ")";
        };
    }
}
