package org.runavm.stdlib.math.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * Descriptive statistics of a List (or Set) of numbers, as Python's {@code statistics} module:
 * {@code mean}, {@code median}, {@code variance} and {@code stdev} (sample, n - 1), all Decimals.
 * Sums are compensated (Kahan-Babuska) so long lists of similar values do not drift.
 */
final class StatisticsFunctions {
    private StatisticsFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("mean", 1, 1, call -> {
            double[] v = values(call, "mean", 1);
            call.returnDecimal(sum(v) / v.length);
        });
        d.function("median", 1, 1, call -> {
            double[] v = values(call, "median", 1);
            java.util.Arrays.sort(v);
            int mid = v.length / 2;
            call.returnDecimal(v.length % 2 == 1 ? v[mid] : (v[mid - 1] + v[mid]) / 2);
        });
        d.function("variance", 1, 1, call -> call.returnDecimal(variance(values(call, "variance", 2))));
        d.function("stdev", 1, 1, call -> call.returnDecimal(Math.sqrt(variance(values(call, "stdev", 2)))));
    }

    private static double[] values(NativeCall call, String function, int atLeast) {
        if (!(call.argument(0) instanceof Collection<?> items)) {
            throw new NativeError("TypeError", "math." + function + " expects a List of numbers, not " + call.typeName(0));
        }
        if (items.size() < atLeast) {
            throw new NativeError("ValueError", "math." + function + " needs at least " + atLeast
                    + (atLeast == 1 ? " value" : " values") + ", got " + items.size());
        }
        List<Object> list = new ArrayList<>(items);
        double[] values = new double[list.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = ((Number) Numbers.requireNumber(function, list.get(i))).doubleValue();
        }
        return values;
    }

    private static double sum(double[] values) {
        double sum = 0;
        double compensation = 0;
        for (double v : values) {
            double t = sum + v;
            compensation += Math.abs(sum) >= Math.abs(v) ? (sum - t) + v : (v - t) + sum;
            sum = t;
        }
        return sum + compensation;
    }

    private static double variance(double[] values) {
        double mean = sum(values) / values.length;
        double[] squares = new double[values.length];
        for (int i = 0; i < values.length; i++) {
            squares[i] = (values[i] - mean) * (values[i] - mean);
        }
        return sum(squares) / (values.length - 1);
    }
}
