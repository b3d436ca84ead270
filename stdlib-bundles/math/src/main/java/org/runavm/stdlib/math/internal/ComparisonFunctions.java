package org.runavm.stdlib.math.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.RunaTuple;

/**
 * {@code min}, {@code max} (of several numbers or of one List/Set/Tuple of numbers) and {@code clamp}.
 * The result is the chosen argument itself, so {@code min(1, 2.0)} is the Integer 1; a NaN anywhere
 * makes the result NaN, as in Java and IEEE 754's {@code minimum}.
 */
final class ComparisonFunctions {
    private ComparisonFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("min", 1, ModuleDefinition.ANY, call -> call.returnValue(extreme(call, "min", -1)));
        d.function("max", 1, ModuleDefinition.ANY, call -> call.returnValue(extreme(call, "max", 1)));
        d.function("clamp", 3, 3, call -> {
            Object x = Numbers.number(call, "clamp", 0);
            Object low = Numbers.number(call, "clamp", 1);
            Object high = Numbers.number(call, "clamp", 2);
            if (Numbers.isNaN(low) || Numbers.isNaN(high) || Numbers.compare(low, high) > 0) {
                throw new NativeError("ValueError", "math.clamp: low " + low + " is greater than high " + high);
            }
            if (Numbers.isNaN(x)) {
                call.returnValue(x);
            } else {
                call.returnValue(Numbers.compare(x, low) < 0 ? low : Numbers.compare(x, high) > 0 ? high : x);
            }
        });
    }

    private static Object extreme(NativeCall call, String name, int direction) {
        List<Object> values = candidates(call);
        if (values.isEmpty()) {
            throw new NativeError("ValueError", "math." + name + " of an empty collection");
        }
        Object best = null;
        for (Object v : values) {
            Numbers.requireNumber(name, v);
            if (Numbers.isNaN(v)) {
                return v;
            }
            if (best == null || Integer.signum(Numbers.compare(v, best)) == direction) {
                best = v;
            }
        }
        return best;
    }

    private static List<Object> candidates(NativeCall call) {
        if (call.argumentCount() == 1) {
            switch (call.argument(0)) {
                case Collection<?> c -> {
                    return new ArrayList<>(c);
                }
                case RunaTuple t -> {
                    return t.elements();
                }
                default -> {
                }
            }
        }
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < call.argumentCount(); i++) {
            values.add(call.argument(i));
        }
        return values;
    }
}
