package org.runavm.kernel.bytecode;

/**
 * A constant pool entry. The {@link #kind()} byte is the entry's tag in the file.
 *
 * <p>List and Map constants refer to other entries by index; the verifier requires those to be
 * earlier entries, so a pool has no cycles and engines can materialise it in order.
 */
public sealed interface Constant {

    /** The kind byte in the file. */
    int kind();

    record Int(long value) implements Constant {
        public static final int KIND = 0x01;
        public int kind() { return KIND; }
    }

    record Decimal(double value) implements Constant {
        public static final int KIND = 0x02;
        public int kind() { return KIND; }

        /** Compares bit patterns, so NaN equals itself and a round trip is exact. */
        @Override
        public boolean equals(Object o) {
            return o instanceof Decimal d
                    && Double.doubleToRawLongBits(value) == Double.doubleToRawLongBits(d.value);
        }

        @Override
        public int hashCode() {
            return Long.hashCode(Double.doubleToRawLongBits(value));
        }
    }

    record Bool(boolean value) implements Constant {
        public static final int KIND = 0x03;
        public int kind() { return KIND; }
    }

    record Text(String value) implements Constant {
        public static final int KIND = 0x04;
        public Text {
            java.util.Objects.requireNonNull(value);
        }
        public int kind() { return KIND; }
    }

    record Null() implements Constant {
        public static final int KIND = 0x05;
        public int kind() { return KIND; }
    }

    /** A List of other constants, by pool index. */
    record ListOf(java.util.List<Integer> elements) implements Constant {
        public static final int KIND = 0x06;
        public ListOf {
            elements = java.util.List.copyOf(elements);
        }
        public int kind() { return KIND; }
    }

    /** A Map of other constants, by pool index; {@code keys.get(i)} maps to {@code values.get(i)}. */
    record MapOf(java.util.List<Integer> keys, java.util.List<Integer> values) implements Constant {
        public static final int KIND = 0x07;
        public MapOf {
            keys = java.util.List.copyOf(keys);
            values = java.util.List.copyOf(values);
            if (keys.size() != values.size()) {
                throw new IllegalArgumentException("a map constant needs as many keys as values");
            }
        }
        public int kind() { return KIND; }
    }

    record FunctionRef(int functionId) implements Constant {
        public static final int KIND = 0x08;
        public int kind() { return KIND; }
    }

    record TypeRef(int typeId) implements Constant {
        public static final int KIND = 0x09;
        public int kind() { return KIND; }
    }

    /** A native symbol: its name and the index of its library in the header's native libraries. */
    record ExternalRef(String name, int libraryIndex) implements Constant {
        public static final int KIND = 0x0A;
        public ExternalRef {
            java.util.Objects.requireNonNull(name);
        }
        public int kind() { return KIND; }
    }
}
