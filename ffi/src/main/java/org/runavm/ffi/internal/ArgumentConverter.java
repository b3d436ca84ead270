package org.runavm.ffi.internal;

import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignType;
import org.runavm.kernel.ffi.Pointer;

/**
 * Converts Java values ({@link Long}, {@link Double}, {@link Boolean}, {@link Pointer}) to the boxed
 * carriers a method handle of the native signature takes, checking that each value fits: a C
 * function given an {@code Int8} of 300 would silently see 44, so that is an error instead.
 */
final class ArgumentConverter {
    private ArgumentConverter() {
    }

    /**
     * The carrier value of {@code value} as native {@code type}.
     *
     * @param where how a message names the value, e.g. {@code "abs: parameter n"}
     */
    static Object toNative(ForeignType type, Object value, String where) {
        return switch (type) {
            case INTEGER -> integer(NativeTypes.C_LONG, type, value, where, true);
            case INT8, INT16, INT32, INT64 -> integer(NativeTypes.layout(type), type, value, where, true);
            case UINT8, UINT16, UINT32 -> integer(NativeTypes.layout(type), type, value, where, false);
            case UINT64 -> requireLong(type, value, where);
            case DECIMAL, FLOAT64 -> requireNumber(type, value, where);
            case FLOAT32 -> float32(value, where);
            case BOOLEAN -> {
                if (!(value instanceof Boolean b)) {
                    throw mismatch(type, value, where);
                }
                yield b ? 1 : 0;
            }
            case POINTER -> pointer(value, type, where);
            case VOID -> throw new IllegalArgumentException("VOID is not a parameter type");
        };
    }

    /** The native type a variadic argument's value stands for (language.md §10). */
    static ForeignType variadicType(Object value, String where) {
        return switch (value) {
            case null -> ForeignType.POINTER;
            case Pointer p -> ForeignType.POINTER;
            case Long l -> ForeignType.INTEGER;
            case Double d -> ForeignType.DECIMAL;
            case Boolean b -> ForeignType.BOOLEAN;
            case String s -> throw new ForeignException(where + " is Text; pass text to C as "
                    + "text.to_c_string()");
            default -> throw new ForeignException(where + " is a " + NativeTypes.runaTypeOf(value)
                    + ", which C cannot take: pass an Integer, Decimal, Boolean or Pointer");
        };
    }

    private static Object integer(ValueLayout layout, ForeignType type, Object value, String where,
            boolean signed) {
        long v = requireLong(type, value, where);
        int bits = (int) layout.byteSize() * 8;
        if (bits < 64) {
            long min = signed ? -(1L << (bits - 1)) : 0;
            long max = signed ? (1L << (bits - 1)) - 1 : (1L << bits) - 1;
            if (v < min || v > max) {
                throw new ForeignException(where + " (" + type.runaName() + ") cannot hold " + v
                        + "; its range is " + min + ".." + max);
            }
        }
        return switch (layout.carrier().getName()) {
            case "byte" -> (byte) v;
            case "short" -> (short) v;
            case "int" -> (int) v;
            default -> v;
        };
    }

    private static long requireLong(ForeignType type, Object value, String where) {
        if (value instanceof Long l) {
            return l;
        }
        throw mismatch(type, value, where);
    }

    private static double requireNumber(ForeignType type, Object value, String where) {
        return switch (value) {
            case Double d -> d;
            case Long l -> l.doubleValue();
            case null, default -> throw mismatch(type, value, where);
        };
    }

    private static float float32(Object value, String where) {
        double d = requireNumber(ForeignType.FLOAT32, value, where);
        float f = (float) d;
        if (Float.isInfinite(f) && !Double.isInfinite(d)) {
            throw new ForeignException(where + " (Float32) cannot hold " + d
                    + "; its largest magnitude is " + Float.MAX_VALUE);
        }
        return f;
    }

    private static MemorySegment pointer(Object value, ForeignType type, String where) {
        return switch (value) {
            case null -> MemorySegment.NULL;
            case Pointer p -> MemorySegment.ofAddress(p.address());
            case Long l -> MemorySegment.ofAddress(l);
            default -> throw mismatch(type, value, where);
        };
    }

    private static ForeignException mismatch(ForeignType type, Object value, String where) {
        String expected = switch (type) {
            case DECIMAL, FLOAT32, FLOAT64 -> "a Decimal";
            case BOOLEAN -> "a Boolean";
            case POINTER -> "a Pointer";
            default -> "an Integer";
        };
        String hint = value instanceof String ? " (pass text to C as text.to_c_string())" : "";
        return new ForeignException(where + " (" + type.runaName() + ") needs " + expected + ", got "
                + NativeTypes.runaTypeOf(value) + hint);
    }
}
