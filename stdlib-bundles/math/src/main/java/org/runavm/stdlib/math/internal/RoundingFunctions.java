package org.runavm.stdlib.math.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.function.DoubleUnaryOperator;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * {@code floor}, {@code ceil}, {@code round}, {@code trunc} (Integer results, as the number methods of
 * {@code language.md} §12), {@code abs} and {@code sign} (keep the argument's type).
 */
final class RoundingFunctions {
    private RoundingFunctions() {
    }

    static void define(ModuleDefinition d) {
        toInteger(d, "floor", Math::floor);
        toInteger(d, "ceil", Math::ceil);
        toInteger(d, "trunc", x -> x < 0 ? Math.ceil(x) : Math.floor(x));
        d.function("round", 1, 2, call -> {
            if (call.argumentCount() == 2 && !call.isNull(1)) {
                roundToDigits(call, call.integer(1));
                return;
            }
            if (Numbers.number(call, "round", 0) instanceof Long l) {
                call.returnInteger(l);
            } else {
                call.returnInteger(Numbers.toInteger("round", halfAwayFromZero(call.decimal(0))));
            }
        });
        d.function("abs", 1, 1, call -> {
            if (Numbers.number(call, "abs", 0) instanceof Long l) {
                if (l == Long.MIN_VALUE) {
                    throw new NativeError("OverflowError", "math.abs: " + l + " has no Integer absolute value");
                }
                call.returnInteger(Math.abs(l));
            } else {
                call.returnDecimal(Math.abs(call.decimal(0)));
            }
        });
        d.function("sign", 1, 1, call -> {
            if (Numbers.number(call, "sign", 0) instanceof Long l) {
                call.returnInteger(Long.signum(l));
            } else {
                call.returnDecimal(Math.signum(call.decimal(0)));
            }
        });
    }

    private static void toInteger(ModuleDefinition d, String name, DoubleUnaryOperator f) {
        d.function(name, 1, 1, call -> {
            if (Numbers.number(call, name, 0) instanceof Long l) {
                call.returnInteger(l);
            } else {
                call.returnInteger(Numbers.toInteger(name, f.applyAsDouble(call.decimal(0))));
            }
        });
    }

    /** Rounds half away from zero: 2.5 to 3, -2.5 to -3 (not Math.round, which takes -2.5 to -2). */
    static double halfAwayFromZero(double x) {
        double magnitude = Math.abs(x);
        double whole = Math.floor(magnitude);
        // magnitude - whole is exact for every double, so 0.49999999999999994 stays below one half
        double rounded = magnitude - whole >= 0.5 ? whole + 1 : whole;
        return Math.copySign(rounded, x);
    }

    /**
     * {@code round(x, digits)}: rounds the decimal text form of {@code x} (what the user sees, so
     * {@code round(2.675, 2)} is {@code 2.68}) half away from zero; negative digits round to tens,
     * hundreds... An Integer stays an Integer.
     */
    private static void roundToDigits(NativeCall call, long digits) {
        Object x = Numbers.number(call, "round", 0);
        int scale = (int) Math.max(-400, Math.min(400, digits));
        if (x instanceof Long l) {
            if (scale >= 0) {
                call.returnInteger(l);
                return;
            }
            BigDecimal r = BigDecimal.valueOf(l).setScale(scale, RoundingMode.HALF_UP);
            try {
                call.returnInteger(r.longValueExact());
            } catch (ArithmeticException e) {
                throw new NativeError("OverflowError", "math.round: " + r.toPlainString() + " does not fit in an Integer");
            }
            return;
        }
        double v = (Double) x;
        if (!Double.isFinite(v)) {
            call.returnDecimal(v);
            return;
        }
        call.returnDecimal(new BigDecimal(Double.toString(v)).setScale(scale, RoundingMode.HALF_UP).doubleValue());
    }
}
