package org.runavm.stdlib.math.internal;

import java.math.BigDecimal;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/** Conversions and checks shared by the math functions. */
final class Numbers {
    /** 2^63 as a double: the first double above every Integer. */
    private static final double TWO_POW_63 = 0x1p63;

    private Numbers() {
    }

    /** {@code value} (already integral) as an Integer, or the error an Integer result cannot avoid. */
    static long toInteger(String function, double value) {
        if (Double.isNaN(value)) {
            throw new NativeError("ValueError", "math." + function + ": cannot convert NaN to an Integer");
        }
        if (value >= TWO_POW_63 || value < -TWO_POW_63) {
            throw new NativeError("OverflowError",
                    "math." + function + ": " + value + " does not fit in an Integer");
        }
        return (long) value;
    }

    static NativeError domainError(String function, Object argument) {
        return new NativeError("ValueError", "math." + function + ": domain error: " + argument);
    }

    /** Argument {@code index} as a Long or Double, or a TypeError naming the function. */
    static Object number(NativeCall call, String function, int index) {
        Object value = call.argument(index);
        return requireNumber(function, value);
    }

    static Object requireNumber(String function, Object value) {
        if (value instanceof Long || value instanceof Double) {
            return value;
        }
        throw new NativeError("TypeError", "math." + function + " expects a number, not "
                + (value == null ? "null" : typeName(value)));
    }

    private static String typeName(Object value) {
        return switch (value) {
            case String s -> "Text";
            case Boolean b -> "Boolean";
            case java.util.List<?> l -> "List";
            case java.util.Map<?, ?> m -> "Map";
            case java.util.Set<?> s -> "Set";
            case byte[] b -> "Bytes";
            case org.runavm.kernel.module.RunaTuple t -> "Tuple";
            case org.runavm.kernel.module.NativeObject o -> o.typeName();
            case org.runavm.kernel.module.ValueRef r -> r.typeName();
            default -> value.getClass().getSimpleName();
        };
    }

    /** Exact numeric order of two Integers/Decimals, neither NaN. */
    static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            return Long.compare(x, y);
        }
        double da = ((Number) a).doubleValue();
        double db = ((Number) b).doubleValue();
        if (Double.isInfinite(da) || Double.isInfinite(db)) {
            return Double.compare(da, db);
        }
        return exact(a).compareTo(exact(b)); // a Long above 2^53 must not compare equal to a nearby double
    }

    private static BigDecimal exact(Object n) {
        return n instanceof Long l ? BigDecimal.valueOf(l) : new BigDecimal((Double) n);
    }

    static boolean isNaN(Object n) {
        return n instanceof Double d && d.isNaN();
    }
}
