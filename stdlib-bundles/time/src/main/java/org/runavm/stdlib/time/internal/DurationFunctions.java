package org.runavm.stdlib.time.internal;

import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * Building Durations: {@code Duration(ms)} (the type's constructor), {@code milliseconds(n)},
 * {@code seconds(n)}, {@code minutes(n)}, {@code hours(n)}, {@code days(n)}; {@code n} may be a
 * Decimal ({@code seconds(1.5)}), rounded to the nearest millisecond.
 */
final class DurationFunctions {
    private DurationFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function(DurationObject.TYPE, 1, 1, call -> call.returnValue(new DurationObject(call.integer(0))));
        unit(d, "milliseconds", 1);
        unit(d, "seconds", 1_000);
        unit(d, "minutes", 60_000);
        unit(d, "hours", 3_600_000);
        unit(d, "days", 86_400_000);
    }

    private static void unit(ModuleDefinition d, String name, long millisPerUnit) {
        d.function(name, 1, 1, call -> call.returnValue(new DurationObject(scaled(call, "time." + name, 0, millisPerUnit))));
    }

    /** Argument {@code index} times {@code factor}, exactly for Integers, rounded for Decimals. */
    static long scaled(NativeCall call, String function, int index, long factor) {
        if ("Integer".equals(call.typeName(index))) {
            try {
                return Math.multiplyExact(call.integer(index), factor);
            } catch (ArithmeticException e) {
                throw TimeArgs.overflow(function);
            }
        }
        double value = call.decimal(index) * factor;
        if (Double.isNaN(value)) {
            throw new NativeError("ValueError", function + ": NaN is not a duration");
        }
        if (Math.abs(value) >= 0x1p63) {
            throw TimeArgs.overflow(function);
        }
        return Math.round(value);
    }
}
