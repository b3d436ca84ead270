package org.runavm.stdlib.time.internal;

import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeFunction;

/**
 * Methods of {@code Instant}: {@code epoch_ms}, {@code to_text}, {@code plus(duration)},
 * {@code minus(duration)} (an Instant) or {@code minus(instant)} (the Duration between),
 * {@code until(instant)}, {@code is_before}, {@code is_after}, {@code compare} (-1, 0, 1),
 * {@code format(pattern, zone)} and {@code in_zone(zone)}.
 */
final class InstantMethods {
    private InstantMethods() {
    }

    static Map<String, NativeFunction> methods() {
        Map<String, NativeFunction> m = new HashMap<>();
        m.put("epoch_ms", call -> call.returnInteger(self(call).epochMillis()));
        m.put("to_text", call -> call.returnText(self(call).toText()));
        m.put("plus", call -> call.returnValue(shift(call, "Instant.plus", TimeArgs.duration(call, "Instant.plus", 0).millis())));
        m.put("minus", call -> {
            if (call.argument(0) instanceof InstantObject other) {
                call.returnValue(new DurationObject(difference(other.epochMillis(), self(call).epochMillis())));
            } else {
                long ms = TimeArgs.duration(call, "Instant.minus", 0).millis();
                if (ms == Long.MIN_VALUE) {
                    throw TimeArgs.overflow("Instant.minus");
                }
                call.returnValue(shift(call, "Instant.minus", -ms));
            }
        });
        m.put("until", call -> call.returnValue(new DurationObject(
                difference(self(call).epochMillis(), TimeArgs.instant(call, "Instant.until", 0).epochMillis()))));
        m.put("is_before", call -> call.returnBoolean(
                self(call).epochMillis() < TimeArgs.instant(call, "Instant.is_before", 0).epochMillis()));
        m.put("is_after", call -> call.returnBoolean(
                self(call).epochMillis() > TimeArgs.instant(call, "Instant.is_after", 0).epochMillis()));
        m.put("compare", call -> call.returnInteger(
                Long.compare(self(call).epochMillis(), TimeArgs.instant(call, "Instant.compare", 0).epochMillis())));
        m.put("format", call -> call.returnText(FormatFunctions.format(TimeArgs.pattern("Instant.format", call.text(0)),
                self(call).instant().atZone(TimeArgs.zone(call, "Instant.format", 1, ZoneOffset.UTC)), call.text(0))));
        m.put("in_zone", call -> call.returnValue(DateTimeMethods.inZone(self(call).instant(),
                TimeArgs.zone(call, "Instant.in_zone", 0, null))));
        return m;
    }

    private static InstantObject self(NativeCall call) {
        return (InstantObject) call.receiver();
    }

    private static InstantObject shift(NativeCall call, String function, long millis) {
        try {
            return new InstantObject(Math.addExact(self(call).epochMillis(), millis));
        } catch (ArithmeticException e) {
            throw TimeArgs.overflow(function);
        }
    }

    /** {@code to - from} in milliseconds, never wrapping. */
    private static long difference(long from, long to) {
        try {
            return Math.subtractExact(to, from);
        } catch (ArithmeticException e) {
            throw TimeArgs.overflow("Instant.minus");
        }
    }
}
