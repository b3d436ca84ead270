package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/**
 * The general (slow) paths of arithmetic, bitwise and ordering operators, working on the two values
 * at {@code sp - 2} and {@code sp - 1} and leaving the result at {@code sp - 2}. Integer arithmetic
 * overflows into {@code OverflowError} (through {@code Math.*Exact}); {@code /} is always Decimal;
 * {@code //} and {@code %} are floor division and floor modulo.
 */
final class Arith {
    private Arith() {
    }

    static void binary(Vm vm, int op, int sp) {
        ValueStack st = vm.st;
        byte ta = st.t[sp - 2];
        long a = st.p[sp - 2];
        byte tb = st.t[sp - 1];
        long b = st.p[sp - 1];
        if (op == Op.ADD && (vm.isText(ta, a) || vm.isText(tb, b))) {
            TextForm.concat(vm, 2, sp);
            return;
        }
        if (op == Op.ADD && vm.isShape(ta, a, org.runavm.kernel.heap.Shapes.LIST)
                && vm.isShape(tb, b, org.runavm.kernel.heap.Shapes.LIST)) {
            Collections.concatLists(vm, sp);
            return;
        }
        if (op >= Op.LT && op <= Op.GE) {
            int c = compare(vm, ta, a, tb, b, op);
            boolean r = holds(op, c);
            set(st, sp - 2, Tag.BOOLEAN, r ? 1 : 0);
            return;
        }
        if (!Tag.isNumber(ta) || !Tag.isNumber(tb)) {
            throw RunaException.typeError("cannot apply " + symbol(op) + " to " + vm.aTypeName(ta, a) + " and "
                    + vm.aTypeName(tb, b));
        }
        if (ta == Tag.INTEGER && tb == Tag.INTEGER && op != Op.DIV) {
            set(st, sp - 2, Tag.INTEGER, integer(op, a, b));
            return;
        }
        if (op >= Op.BIT_AND && op <= Op.SHR) {
            throw RunaException.typeError(symbol(op) + " needs Integers, not " + vm.aTypeName(ta, a) + " and "
                    + vm.aTypeName(tb, b));
        }
        double x = Values.asDouble(ta, a);
        double y = Values.asDouble(tb, b);
        double r = switch (op) {
            case Op.ADD -> x + y;
            case Op.SUB -> x - y;
            case Op.MUL -> x * y;
            case Op.DIV -> x / y;
            case Op.FLOOR_DIV -> Math.floor(x / y);
            case Op.MOD -> x - Math.floor(x / y) * y;
            case Op.POW -> Math.pow(x, y);
            default -> throw new IllegalStateException("operator " + op);
        };
        set(st, sp - 2, Tag.DECIMAL, Values.decimalBits(r));
    }

    private static long integer(int op, long a, long b) {
        return switch (op) {
            case Op.ADD -> Math.addExact(a, b);
            case Op.SUB -> Math.subtractExact(a, b);
            case Op.MUL -> Math.multiplyExact(a, b);
            case Op.FLOOR_DIV -> {
                zero(b);
                if (a == Long.MIN_VALUE && b == -1) {
                    throw new ArithmeticException("overflow");
                }
                yield Math.floorDiv(a, b);
            }
            case Op.MOD -> {
                zero(b);
                yield b == -1 ? 0 : Math.floorMod(a, b);
            }
            case Op.POW -> power(a, b);
            case Op.BIT_AND -> a & b;
            case Op.BIT_OR -> a | b;
            case Op.BIT_XOR -> a ^ b;
            case Op.SHL -> b >= 64 || b < 0 ? shiftError(b) : a << b;
            case Op.SHR -> b >= 64 || b < 0 ? shiftError(b) : a >> b;
            default -> throw new IllegalStateException("operator " + op);
        };
    }

    private static long shiftError(long b) {
        throw RunaException.valueError("shift count must be between 0 and 63, got " + b);
    }

    private static void zero(long b) {
        if (b == 0) {
            throw new RunaException("DivisionByZeroError", "Integer division by zero");
        }
    }

    /** Integer power; a negative exponent is not an Integer operation. */
    private static long power(long base, long exp) {
        if (exp < 0) {
            throw RunaException.valueError("an Integer raised to a negative power; use a Decimal base");
        }
        long result = 1;
        long b = base;
        long e = exp;
        while (e > 0) {
            if ((e & 1) != 0) {
                result = Math.multiplyExact(result, b);
            }
            e >>= 1;
            if (e > 0) {
                b = Math.multiplyExact(b, b);
            }
        }
        return result;
    }

    private static void set(ValueStack st, int slot, byte tag, long payload) {
        st.t[slot] = tag;
        st.p[slot] = payload;
    }

    /** An ordering's outcome as one bit, for {@link #ACCEPTS}: less, equal, greater; 0 when unordered (NaN). */
    static final int LESS = 1, EQUAL = 2, GREATER = 4;

    /**
     * For each ordering instruction (LT, LE, GT, GE, their _INT forms and JUMP_IF_ forms), the
     * outcomes it holds for: {@code (ACCEPTS[op] & outcome) != 0}. The dispatch loop decides its
     * Integer and Decimal comparisons with this table rather than with {@link #relation} and
     * {@link #holds}: C2 inlines into the loop only up to a budget of bytecode, and a table look-up
     * spends none of it. (The fused compare-and-jump instructions of {@link Quickener} keep their
     * switch on the instruction: C2 reduces it to the one comparison a program runs, and the jump then
     * depends on one branch; the table's outcome would add a second, as unpredictable, or conditional
     * moves, and made fib(30) some 5% slower.)
     */
    static final byte[] ACCEPTS = new byte[256];

    static {
        for (int op : new int[] {Op.LT, Op.LT_INT, Op.JUMP_IF_LT}) {
            ACCEPTS[op] = LESS;
        }
        for (int op : new int[] {Op.LE, Op.LE_INT, Op.JUMP_IF_LE}) {
            ACCEPTS[op] = LESS | EQUAL;
        }
        ACCEPTS[Op.GT] = GREATER;
        ACCEPTS[Op.JUMP_IF_GT] = GREATER;
        ACCEPTS[Op.GE] = GREATER | EQUAL;
        ACCEPTS[Op.JUMP_IF_GE] = GREATER | EQUAL;
    }

    /** The outcome of ordering two Decimals given as their bits: LESS, EQUAL, GREATER, or 0 with a NaN. */
    static int decimalOutcome(long a, long b) {
        double x = Values.decimal(a);
        double y = Values.decimal(b);
        return x < y ? LESS : x > y ? GREATER : x == y ? EQUAL : 0;
    }

    /** {@link #compare}'s result when a NaN is involved: every ordering comparison is then false. */
    static final int UNORDERED = 2;

    private static int compareDoubles(double x, double y) {
        return x < y ? -1 : x > y ? 1 : x == y ? 0 : UNORDERED;
    }

    /** The ordering an instruction tests, as LT, LE, GT or GE (for LT_INT, LE_INT and the JUMP_IF_ forms too). */
    static int relation(int op) {
        return switch (op) {
            case Op.LT_INT, Op.JUMP_IF_LT -> Op.LT;
            case Op.LE_INT, Op.JUMP_IF_LE -> Op.LE;
            case Op.JUMP_IF_GT -> Op.GT;
            case Op.JUMP_IF_GE -> Op.GE;
            default -> op;
        };
    }

    /** Whether {@link #compare}'s result {@code c} satisfies {@code relation} (LT, LE, GT, GE); never for NaN. */
    static boolean holds(int relation, int c) {
        return c != UNORDERED && switch (relation) {
            case Op.LT -> c < 0;
            case Op.LE -> c <= 0;
            case Op.GT -> c > 0;
            default -> c >= 0;
        };
    }

    /** Ordering of numbers or Texts (by code point); TypeError for anything else. */
    static int compare(Vm vm, byte ta, long a, byte tb, long b, int op) {
        if (ta == Tag.INTEGER && tb == Tag.INTEGER) {
            return Long.compare(a, b);
        }
        if (Tag.isNumber(ta) && Tag.isNumber(tb)) {
            return compareDoubles(Values.asDouble(ta, a), Values.asDouble(tb, b));
        }
        if (vm.isText(ta, a) && vm.isText(tb, b)) {
            return TextForm.compareTexts(vm, a, b);
        }
        throw RunaException.typeError("cannot compare " + vm.aTypeName(ta, a) + " with " + vm.aTypeName(tb, b)
                + " using " + symbol(op));
    }

    static String symbol(int op) {
        return switch (op) {
            case Op.ADD -> "+";
            case Op.SUB -> "-";
            case Op.MUL -> "*";
            case Op.DIV -> "/";
            case Op.FLOOR_DIV -> "//";
            case Op.MOD -> "%";
            case Op.POW -> "**";
            case Op.BIT_AND -> "&";
            case Op.BIT_OR -> "|";
            case Op.BIT_XOR -> "^";
            case Op.SHL -> "<<";
            case Op.SHR -> ">>";
            case Op.LT -> "<";
            case Op.LE -> "<=";
            case Op.GT -> ">";
            default -> ">=";
        };
    }

    static void convert(Vm vm, int op, int sp) {
        ValueStack st = vm.st;
        byte t = st.t[sp - 1];
        long p = st.p[sp - 1];
        if (op == Op.TO_DECIMAL) {
            if (!Tag.isNumber(t)) {
                throw RunaException.typeError("cannot convert " + vm.aTypeName(t, p) + " to Decimal");
            }
            set(st, sp - 1, Tag.DECIMAL, Values.decimalBits(Values.asDouble(t, p)));
        } else {
            set(st, sp - 1, Tag.INTEGER, toInteger(vm, t, p));
        }
    }

    static long toInteger(Vm vm, byte t, long p) {
        if (t == Tag.INTEGER) {
            return p;
        }
        if (t == Tag.DECIMAL) {
            double d = Values.decimal(p);
            if (Double.isNaN(d) || d >= 0x1p63 || d < -0x1p63) {
                throw new RunaException("OverflowError", d + " does not fit in an Integer");
            }
            return (long) d;
        }
        throw RunaException.typeError("cannot convert " + vm.aTypeName(t, p) + " to Integer");
    }

    /** RANGE_TEST: whether local {@code s} is still within local s+1, stepping by local s+2. */
    static boolean inRange(Vm vm, byte[] t, long[] p, int s) {
        if (t[s] == Tag.INTEGER && t[s + 1] == Tag.INTEGER && t[s + 2] == Tag.INTEGER) {
            if (p[s + 2] == 0) {
                throw RunaException.valueError("a For loop step must not be zero");
            }
            return p[s + 2] > 0 ? p[s] <= p[s + 1] : p[s] >= p[s + 1];
        }
        for (int i = 0; i < 3; i++) {
            if (!Tag.isNumber(t[s + i])) {
                throw RunaException.typeError("For loop bounds must be numbers, not " + vm.aTypeName(t[s + i], p[s + i]));
            }
        }
        double v = Values.asDouble(t[s], p[s]);
        double end = Values.asDouble(t[s + 1], p[s + 1]);
        double step = Values.asDouble(t[s + 2], p[s + 2]);
        if (step == 0) {
            throw RunaException.valueError("a For loop step must not be zero");
        }
        return step > 0 ? v <= end : v >= end;
    }
}
