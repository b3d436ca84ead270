package org.runavm.stdlib.math.internal;

import java.util.function.DoubleBinaryOperator;
import java.util.function.DoublePredicate;
import java.util.function.DoubleUnaryOperator;
import org.runavm.kernel.module.ModuleDefinition;

/**
 * Roots, powers, logarithms and trigonometry on Decimals (an Integer argument is converted). A NaN
 * result from a non-NaN argument means the function is undefined there: that is a {@code ValueError}.
 */
final class ElementaryFunctions {
    private ElementaryFunctions() {
    }

    static void define(ModuleDefinition d) {
        unary(d, "sqrt", Math::sqrt, x -> false);
        unary(d, "cbrt", Math::cbrt, x -> false);
        unary(d, "exp", Math::exp, x -> false);
        unary(d, "log10", Math::log10, x -> x == 0);
        unary(d, "log2", ElementaryFunctions::log2, x -> x == 0);
        unary(d, "sin", Math::sin, x -> false);
        unary(d, "cos", Math::cos, x -> false);
        unary(d, "tan", Math::tan, x -> false);
        unary(d, "asin", Math::asin, x -> false);
        unary(d, "acos", Math::acos, x -> false);
        unary(d, "atan", Math::atan, x -> false);
        unary(d, "sinh", Math::sinh, x -> false);
        unary(d, "cosh", Math::cosh, x -> false);
        unary(d, "tanh", Math::tanh, x -> false);
        unary(d, "degrees", Math::toDegrees, x -> false);
        unary(d, "radians", Math::toRadians, x -> false);
        binary(d, "atan2", Math::atan2);
        binary(d, "hypot", Math::hypot);
        d.function("pow", 2, 2, call -> {
            double x = call.decimal(0);
            double y = call.decimal(1);
            if (x == 0 && y < 0) {
                throw Numbers.domainError("pow", "0 to a negative power");
            }
            call.returnDecimal(checked("pow", x + ", " + y, Math.pow(x, y), x, y));
        });
        d.function("log", 1, 2, call -> {
            double x = call.decimal(0);
            if (x == 0) {
                throw Numbers.domainError("log", call.argument(0));
            }
            double result = Math.log(x);
            if (call.argumentCount() == 2) {
                double base = call.decimal(1);
                if (base <= 0 || base == 1) {
                    throw Numbers.domainError("log", "base " + call.argument(1));
                }
                result /= Math.log(base);
            }
            call.returnDecimal(checked("log", call.argument(0), result, x, x));
        });
        d.function("is_nan", 1, 1, call -> call.returnBoolean(Numbers.isNaN(Numbers.number(call, "is_nan", 0))));
        d.function("is_infinite", 1, 1, call -> call.returnBoolean(
                Numbers.number(call, "is_infinite", 0) instanceof Double v && v.isInfinite()));
        d.function("is_finite", 1, 1, call -> call.returnBoolean(
                !(Numbers.number(call, "is_finite", 0) instanceof Double v) || Double.isFinite(v)));
    }

    /** Exact for powers of two (so {@code log2(2 ** 29)} is {@code 29.0}), otherwise {@code ln x / ln 2}. */
    static double log2(double x) {
        if (x >= Double.MIN_NORMAL && x < Double.POSITIVE_INFINITY && x == Math.scalb(1.0, Math.getExponent(x))) {
            return Math.getExponent(x);
        }
        return Math.log(x) / Math.log(2);
    }

    private static void unary(ModuleDefinition d, String name, DoubleUnaryOperator f, DoublePredicate pole) {
        d.function(name, 1, 1, call -> {
            double x = call.decimal(0);
            if (pole.test(x)) {
                throw Numbers.domainError(name, call.argument(0));
            }
            call.returnDecimal(checked(name, call.argument(0), f.applyAsDouble(x), x, x));
        });
    }

    private static void binary(ModuleDefinition d, String name, DoubleBinaryOperator f) {
        d.function(name, 2, 2, call -> {
            double x = call.decimal(0);
            double y = call.decimal(1);
            call.returnDecimal(checked(name, x + ", " + y, f.applyAsDouble(x, y), x, y));
        });
    }

    private static double checked(String name, Object shown, double result, double x, double y) {
        if (Double.isNaN(result) && !Double.isNaN(x) && !Double.isNaN(y)) {
            throw Numbers.domainError(name, shown);
        }
        return result;
    }
}
