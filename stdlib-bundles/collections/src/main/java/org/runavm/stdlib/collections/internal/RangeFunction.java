package org.runavm.stdlib.collections.internal;

import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * {@code range(end)}, {@code range(start, end)}, {@code range(start, end, step)}: the List of Integers
 * from {@code start} (default 0) up to but excluding {@code end}, {@code step} apart (default 1; a
 * negative step counts down to above {@code end}). End-exclusive like {@code slice} and
 * {@code substring}; a zero step is a ValueError.
 */
final class RangeFunction {
    /** A longer range would not fit a Runa List anyway; this fails early with a clear message. */
    static final long MAX_LENGTH = Integer.MAX_VALUE - 8;

    private RangeFunction() {
    }

    static void invoke(NativeCall call) {
        int n = call.argumentCount();
        long start = n == 1 ? 0 : call.integer(0);
        long end = n == 1 ? call.integer(0) : call.integer(1);
        long step = n == 3 ? call.integer(2) : 1;
        call.returnValue(values(start, end, step));
    }

    static List<Long> values(long start, long end, long step) {
        if (step == 0) {
            throw new NativeError("ValueError", "collections.range: the step must not be 0");
        }
        long count = count(start, end, step);
        if (count > MAX_LENGTH) {
            throw new NativeError("ValueError", "collections.range: " + count + " elements are too many for a List");
        }
        List<Long> out = new ArrayList<>((int) count);
        if (count == 0) {
            return out;
        }
        long value = start;
        out.add(value);
        for (long i = 1; i < count; i++) {
            value += step; // stays between start and end, so it cannot overflow
            out.add(value);
        }
        return out;
    }

    /** How many values lie in the range, computed without overflow. */
    private static long count(long start, long end, long step) {
        if (step > 0 ? start >= end : start <= end) {
            return 0;
        }
        java.math.BigInteger span = java.math.BigInteger.valueOf(end).subtract(java.math.BigInteger.valueOf(start)).abs();
        java.math.BigInteger stride = java.math.BigInteger.valueOf(step).abs();
        java.math.BigInteger[] qr = span.divideAndRemainder(stride);
        java.math.BigInteger count = qr[1].signum() == 0 ? qr[0] : qr[0].add(java.math.BigInteger.ONE);
        return count.bitLength() < 63 ? count.longValue() : Long.MAX_VALUE;
    }
}
