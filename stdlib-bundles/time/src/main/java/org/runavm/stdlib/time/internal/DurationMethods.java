package org.runavm.stdlib.time.internal;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongBinaryOperator;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.NativeFunction;

/**
 * Methods of {@code Duration}: {@code to_ms}, {@code to_seconds} (Decimal), {@code to_text},
 * {@code plus}, {@code minus}, {@code multiplied(n)}, {@code divided(n)} (by a number: a Duration;
 * by a Duration: their ratio as a Decimal), {@code negated}, {@code abs}, {@code is_negative},
 * {@code is_zero}, {@code compare} (-1, 0, 1). Results are rounded to whole milliseconds;
 * leaving the Integer range is an {@code OverflowError}.
 */
final class DurationMethods {
    private DurationMethods() {
    }

    static Map<String, NativeFunction> methods() {
        Map<String, NativeFunction> m = new HashMap<>();
        m.put("to_ms", call -> call.returnInteger(self(call).millis()));
        m.put("to_seconds", call -> call.returnDecimal(self(call).millis() / 1000.0));
        m.put("to_text", call -> call.returnText(self(call).toText()));
        m.put("plus", call -> call.returnValue(combine(call, "Duration.plus", Math::addExact)));
        m.put("minus", call -> call.returnValue(combine(call, "Duration.minus", Math::subtractExact)));
        m.put("multiplied", call -> {
            if ("Integer".equals(call.typeName(0))) {
                call.returnValue(exact("Duration.multiplied", () -> Math.multiplyExact(self(call).millis(), call.integer(0))));
            } else {
                call.returnValue(rounded("Duration.multiplied", self(call).millis() * call.decimal(0)));
            }
        });
        m.put("divided", DurationMethods::divided);
        m.put("negated", call -> call.returnValue(exact("Duration.negated", () -> Math.negateExact(self(call).millis()))));
        m.put("abs", call -> call.returnValue(exact("Duration.abs", () -> Math.absExact(self(call).millis()))));
        m.put("is_negative", call -> call.returnBoolean(self(call).millis() < 0));
        m.put("is_zero", call -> call.returnBoolean(self(call).millis() == 0));
        m.put("compare", call -> call.returnInteger(
                Long.compare(self(call).millis(), TimeArgs.duration(call, "Duration.compare", 0).millis())));
        return m;
    }

    private static DurationObject self(NativeCall call) {
        return (DurationObject) call.receiver();
    }

    private static DurationObject combine(NativeCall call, String function, LongBinaryOperator op) {
        long other = TimeArgs.duration(call, function, 0).millis();
        return exact(function, () -> op.applyAsLong(self(call).millis(), other));
    }

    private static void divided(NativeCall call) {
        long millis = self(call).millis();
        if (call.argument(0) instanceof DurationObject other) {
            if (other.millis() == 0) {
                throw new NativeError("DivisionByZeroError", "Duration.divided: division by a zero Duration");
            }
            call.returnDecimal((double) millis / other.millis());
        } else if ("Integer".equals(call.typeName(0))) {
            long n = call.integer(0);
            if (n == 0) {
                throw new NativeError("DivisionByZeroError", "Duration.divided: division by zero");
            }
            call.returnValue(exact("Duration.divided", () -> Math.divideExact(millis, n)));
        } else {
            double n = call.decimal(0);
            if (n == 0) {
                throw new NativeError("DivisionByZeroError", "Duration.divided: division by zero");
            }
            call.returnValue(rounded("Duration.divided", millis / n));
        }
    }

    private static DurationObject exact(String function, java.util.function.LongSupplier result) {
        try {
            return new DurationObject(result.getAsLong());
        } catch (ArithmeticException e) {
            throw TimeArgs.overflow(function);
        }
    }

    private static DurationObject rounded(String function, double millis) {
        if (Double.isNaN(millis)) {
            throw new NativeError("ValueError", function + ": NaN is not a duration");
        }
        if (Math.abs(millis) >= 0x1p63) {
            throw TimeArgs.overflow(function);
        }
        return new DurationObject(Math.round(millis));
    }
}
