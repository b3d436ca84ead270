package org.runavm.kernel.value;

/**
 * Static helpers that engines call on hot paths to encode and decode payloads. All of them are trivial
 * so that HotSpot inlines them; none allocates.
 */
public final class Values {
    /** The payload of {@code true}. */
    public static final long TRUE = 1L;
    /** The payload of {@code false}, {@code null} and {@link Tag#EMPTY}. */
    public static final long FALSE = 0L;

    private Values() {
    }

    /** The payload of a Decimal. Uses raw bits so that every NaN payload round-trips unchanged. */
    public static long decimalBits(double value) {
        return Double.doubleToRawLongBits(value);
    }

    /** The Decimal held in a payload tagged {@link Tag#DECIMAL}. */
    public static double decimal(long payload) {
        return Double.longBitsToDouble(payload);
    }

    /** The payload of a Boolean. */
    public static long booleanBits(boolean value) {
        return value ? TRUE : FALSE;
    }

    /** The Boolean held in a payload tagged {@link Tag#BOOLEAN}. */
    public static boolean bool(long payload) {
        return payload != FALSE;
    }

    /** Whether a slot with this tag holds a heap reference (the only slots a collector traces). */
    public static boolean isReference(byte tag) {
        return tag == Tag.REF;
    }

    /**
     * The numeric value of an Integer or Decimal payload as a double, for mixed arithmetic and
     * comparisons. Integers beyond 2^53 lose precision, as in every language that mixes the two.
     */
    public static double asDouble(byte tag, long payload) {
        return tag == Tag.INTEGER ? (double) payload : decimal(payload);
    }

    /**
     * Whether two numbers are equal in Runa's sense, where {@code 1 == 1.0}. An Integer equals a Decimal
     * only if the Decimal is integral and represents exactly that Integer (no rounding through double).
     */
    public static boolean numbersEqual(byte tagA, long a, byte tagB, long b) {
        if (tagA == Tag.INTEGER && tagB == Tag.INTEGER) {
            return a == b;
        }
        if (tagA == Tag.DECIMAL && tagB == Tag.DECIMAL) {
            return decimal(a) == decimal(b);
        }
        long integer = tagA == Tag.INTEGER ? a : b;
        double d = decimal(tagA == Tag.INTEGER ? b : a);
        return integerEqualsDecimal(integer, d);
    }

    private static boolean integerEqualsDecimal(long integer, double d) {
        // (long) d saturates, so also check the round trip: 2^63 as a double must not equal Long.MAX_VALUE.
        return d == Math.rint(d) && d >= -0x1p63 && d < 0x1p63 && (long) d == integer;
    }

    /**
     * A hash of a number consistent with {@link #numbersEqual}: an integral Decimal hashes like the
     * Integer it equals, so {@code 1} and {@code 1.0} land on the same map entry.
     */
    public static int numberHash(byte tag, long payload) {
        if (tag == Tag.DECIMAL) {
            double d = decimal(payload);
            if (d == Math.rint(d) && d >= -0x1p63 && d < 0x1p63) {
                return integerHash((long) d);
            }
            if (d != d) {
                return 0x7ff80000; // every NaN hashes alike (NaN is never equal, but must hash stably)
            }
            return mix(Double.doubleToLongBits(d));
        }
        return integerHash(payload);
    }

    private static int integerHash(long value) {
        return mix(value);
    }

    /** A 64-to-32-bit finalizer (from MurmurHash3's fmix64) so that sequential keys spread over a table. */
    public static int mix(long value) {
        long h = value;
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h;
    }
}
