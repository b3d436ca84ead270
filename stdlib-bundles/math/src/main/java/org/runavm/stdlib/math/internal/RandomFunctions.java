package org.runavm.stdlib.math.internal;

import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/** {@code random}, {@code random_int}, {@code uniform}, {@code choice}, {@code shuffled} and {@code seed}. */
final class RandomFunctions {
    private RandomFunctions() {
    }

    static void define(ModuleDefinition d, RandomSource source) {
        d.function("seed", 1, 1, call -> source.seed(call.integer(0)));
        d.function("random", 0, 0, call -> call.returnDecimal(source.nextDouble(call.environment())));
        d.function("random_int", 2, 2, call -> {
            long low = call.integer(0);
            long high = call.integer(1);
            if (low > high) {
                throw new NativeError("ValueError", "math.random_int: low " + low + " is greater than high " + high);
            }
            call.returnInteger(source.nextLong(call.environment(), low, high));
        });
        d.function("uniform", 2, 2, call -> {
            double low = call.decimal(0);
            double high = call.decimal(1);
            if (!(low <= high) || !Double.isFinite(high - low)) {
                throw new NativeError("ValueError", "math.uniform: invalid range " + low + " to " + high);
            }
            call.returnDecimal(low + (high - low) * source.nextDouble(call.environment()));
        });
        d.function("choice", 1, 1, call -> {
            List<?> list = list(call, "choice");
            if (list.isEmpty()) {
                throw new NativeError("ValueError", "math.choice of an empty List");
            }
            call.returnValue(list.get((int) source.nextLong(call.environment(), 0, list.size() - 1)));
        });
        d.function("shuffled", 1, 1, call -> {
            List<Object> copy = new ArrayList<>(list(call, "shuffled"));
            for (int i = copy.size() - 1; i > 0; i--) { // Fisher-Yates
                int j = (int) source.nextLong(call.environment(), 0, i);
                copy.set(j, copy.set(i, copy.get(j)));
            }
            call.returnValue(copy);
        });
    }

    private static List<?> list(NativeCall call, String function) {
        if (call.argument(0) instanceof List<?> list) {
            return list;
        }
        throw new NativeError("TypeError", "math." + function + " expects a List, not " + call.typeName(0));
    }
}
