package org.runavm.engine.jit.internal;

import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.value.Tag;

/**
 * The inline fast paths of compiled code, written once in Java: generated code calls these small static
 * methods and C2 inlines them at each call site, so the generated methods stay small (HotSpot does not
 * compile a method over 8,000 bytes of bytecode) and the templates stay readable.
 *
 * <p>Each works on the value stack at slot {@code i} (two operands: {@code i} and {@code i + 1}, the
 * result in {@code i}) and handles only the common case: {@code false} or {@link #SLOW} sends the
 * instruction to the engine, which does everything else, errors included, exactly as it interprets it.
 * None of them ever throws.
 */
public final class Fast {
    /** A result of the int-valued helpers: not decided here, let the engine execute the instruction. */
    public static final int SLOW = -1;

    private Fast() {
    }

    private static boolean ints(byte[] t, int i) {
        return t[i] == Tag.INTEGER && t[i + 1] == Tag.INTEGER;
    }

    private static boolean decimals(byte[] t, int i) {
        return t[i] == Tag.DECIMAL && t[i + 1] == Tag.DECIMAL;
    }

    public static boolean add(long[] p, byte[] t, int i) {
        if (ints(t, i)) {
            long a = p[i];
            long b = p[i + 1];
            long r = a + b;
            if (((a ^ r) & (b ^ r)) < 0) {
                return false; // overflow: the engine raises OverflowError
            }
            p[i] = r;
            return true;
        }
        if (decimals(t, i)) {
            p[i] = Double.doubleToRawLongBits(Double.longBitsToDouble(p[i]) + Double.longBitsToDouble(p[i + 1]));
            return true;
        }
        return false;
    }

    public static boolean sub(long[] p, byte[] t, int i) {
        if (ints(t, i)) {
            long a = p[i];
            long b = p[i + 1];
            long r = a - b;
            if (((a ^ b) & (a ^ r)) < 0) {
                return false;
            }
            p[i] = r;
            return true;
        }
        if (decimals(t, i)) {
            p[i] = Double.doubleToRawLongBits(Double.longBitsToDouble(p[i]) - Double.longBitsToDouble(p[i + 1]));
            return true;
        }
        return false;
    }

    public static boolean mul(long[] p, byte[] t, int i) {
        if (ints(t, i)) {
            long a = p[i];
            long b = p[i + 1];
            long r = a * b;
            if (Math.multiplyHigh(a, b) != (r >> 63)) {
                return false;
            }
            p[i] = r;
            return true;
        }
        if (decimals(t, i)) {
            p[i] = Double.doubleToRawLongBits(Double.longBitsToDouble(p[i]) * Double.longBitsToDouble(p[i + 1]));
            return true;
        }
        return false;
    }

    /** DIV of two Decimals; every other case (Integers divide to a Decimal, zero) goes to the engine. */
    public static boolean div(long[] p, byte[] t, int i) {
        if (decimals(t, i)) {
            p[i] = Double.doubleToRawLongBits(Double.longBitsToDouble(p[i]) / Double.longBitsToDouble(p[i + 1]));
            return true;
        }
        return false;
    }

    /** Floor modulo of Integers with a positive divisor. */
    public static boolean mod(long[] p, byte[] t, int i) {
        if (ints(t, i) && p[i + 1] > 0) {
            p[i] = Math.floorMod(p[i], p[i + 1]);
            return true;
        }
        return false;
    }

    /** Floor division of Integers with a positive divisor (never overflows). */
    public static boolean floorDiv(long[] p, byte[] t, int i) {
        if (ints(t, i) && p[i + 1] > 0) {
            p[i] = Math.floorDiv(p[i], p[i + 1]);
            return true;
        }
        return false;
    }

    public static boolean bitAnd(long[] p, byte[] t, int i) {
        if (ints(t, i)) {
            p[i] &= p[i + 1];
            return true;
        }
        return false;
    }

    public static boolean bitOr(long[] p, byte[] t, int i) {
        if (ints(t, i)) {
            p[i] |= p[i + 1];
            return true;
        }
        return false;
    }

    public static boolean bitXor(long[] p, byte[] t, int i) {
        if (ints(t, i)) {
            p[i] ^= p[i + 1];
            return true;
        }
        return false;
    }

    /** NEG of an Integer other than the most negative one, or of a Decimal. */
    public static boolean neg(long[] p, byte[] t, int i) {
        if (t[i] == Tag.INTEGER && p[i] != Long.MIN_VALUE) {
            p[i] = -p[i];
            return true;
        }
        if (t[i] == Tag.DECIMAL) {
            p[i] ^= Long.MIN_VALUE; // the sign bit: -x for every double, NaN included
            return true;
        }
        return false;
    }

    public static boolean not(long[] p, byte[] t, int i) {
        if (t[i] == Tag.BOOLEAN) {
            p[i] ^= 1;
            return true;
        }
        return false;
    }

    /** {@code local += k} for an Integer local that does not overflow. */
    public static boolean increment(long[] p, byte[] t, int i, int k) {
        if (t[i] == Tag.INTEGER) {
            long a = p[i];
            long r = a + k;
            if (((a ^ r) & (k ^ r)) < 0) {
                return false;
            }
            p[i] = r;
            return true;
        }
        return false;
    }

    /**
     * The comparison {@code relation} (0 <, 1 <=, 2 >, 3 >=) of two Integers or two Decimals: 1 or 0,
     * or {@link #SLOW} for anything else.
     */
    public static int compare(long[] p, byte[] t, int i, int relation) {
        int c;
        if (ints(t, i)) {
            c = Long.compare(p[i], p[i + 1]);
        } else if (decimals(t, i)) {
            double a = Double.longBitsToDouble(p[i]);
            double b = Double.longBitsToDouble(p[i + 1]);
            if (a != a || b != b) {
                return SLOW; // NaN: the engine's rules
            }
            c = Double.compare(a, b);
            if (a == b) {
                c = 0; // 0.0 and -0.0 are equal
            }
        } else {
            return SLOW;
        }
        boolean holds = switch (relation) {
            case 0 -> c < 0;
            case 1 -> c <= 0;
            case 2 -> c > 0;
            default -> c >= 0;
        };
        return holds ? 1 : 0;
    }

    /** The comparison as a Boolean value in slot {@code i}; false when the engine must decide. */
    public static boolean compareValue(long[] p, byte[] t, int i, int relation) {
        int r = compare(p, t, i, relation);
        if (r == SLOW) {
            return false;
        }
        t[i] = Tag.BOOLEAN;
        p[i] = r;
        return true;
    }

    /**
     * Whether the values in {@code i} and {@code i + 1} are equal, when that needs no more than their
     * tags and payloads (null, Booleans, Integers, one object with itself): 1 or 0, else {@link #SLOW}.
     */
    public static int equal(long[] p, byte[] t, int i) {
        byte ta = t[i];
        byte tb = t[i + 1];
        if (ta == tb) {
            if (ta == Tag.NULL) {
                return 1;
            }
            if (ta == Tag.INTEGER || ta == Tag.BOOLEAN) {
                return p[i] == p[i + 1] ? 1 : 0;
            }
            if (ta == Tag.REF && p[i] == p[i + 1]) {
                return 1;
            }
            return SLOW;
        }
        return ta == Tag.NULL || tb == Tag.NULL ? 0 : SLOW;
    }

    /** EQ ({@code negate} false) or NE as a Boolean value in slot {@code i}; false when the engine must decide. */
    public static boolean equalValue(long[] p, byte[] t, int i, boolean negate) {
        int r = equal(p, t, i);
        if (r == SLOW) {
            return false;
        }
        t[i] = Tag.BOOLEAN;
        p[i] = negate ? 1 - r : r;
        return true;
    }

    /** A condition's truth: 1 or 0, or {@link #SLOW} when it is not a Boolean (the engine raises TypeError). */
    public static int truth(long[] p, byte[] t, int i) {
        return t[i] != Tag.BOOLEAN ? SLOW : p[i] != 0 ? 1 : 0;
    }

    /**
     * RANGE_TEST of the counter in local {@code i} against the end in {@code i + 1} and the step in
     * {@code i + 2}: 1 inside, 0 past the end, {@link #SLOW} unless all three are Integers and the step
     * is not zero.
     */
    public static int inRange(long[] p, byte[] t, int i) {
        if (t[i] != Tag.INTEGER || t[i + 1] != Tag.INTEGER || t[i + 2] != Tag.INTEGER || p[i + 2] == 0) {
            return SLOW;
        }
        boolean inside = p[i + 2] > 0 ? p[i] <= p[i + 1] : p[i] >= p[i + 1];
        return inside ? 1 : 0;
    }

    /** {@code c[i]} of a List or Tuple and an Integer index within it; anything else (errors too) goes to the engine. */
    public static boolean index(long[] p, byte[] t, int i, HeapMemory mem) {
        if (t[i] != Tag.REF || t[i + 1] != Tag.INTEGER) {
            return false;
        }
        long object = p[i];
        long k = p[i + 1];
        int shape = Slots.shape(mem, object);
        if (shape == Shapes.TUPLE) {
            if (k < 0 || k >= Slots.length(mem, object)) {
                return false;
            }
            t[i] = Slots.tag(mem, object, k);
            p[i] = Slots.payload(mem, object, k);
            return true;
        }
        if (shape == Shapes.LIST) {
            if (k < 0 || k >= Lists.size(mem, object)) {
                return false;
            }
            t[i] = Lists.tag(mem, object, k);
            p[i] = Lists.payload(mem, object, k);
            return true;
        }
        return false;
    }

    /** Whether the value in slot {@code i} is an object of heap shape {@code shape}. */
    public static boolean hasShape(long[] p, byte[] t, int i, HeapMemory mem, int shape) {
        return t[i] == Tag.REF && Slots.shape(mem, p[i]) == shape;
    }

    /** Copies the value in slot {@code from} to slot {@code to}. */
    public static void copy(long[] p, byte[] t, int to, int from) {
        t[to] = t[from];
        p[to] = p[from];
    }

    /** Puts a value with a constant tag and payload in slot {@code i}. */
    public static void put(long[] p, byte[] t, int i, byte tag, long payload) {
        t[i] = tag;
        p[i] = payload;
    }

    /** SWAP of the values in {@code i} and {@code i + 1}. */
    public static void swap(long[] p, byte[] t, int i) {
        byte tt = t[i];
        long pp = p[i];
        t[i] = t[i + 1];
        p[i] = p[i + 1];
        t[i + 1] = tt;
        p[i + 1] = pp;
    }
}
