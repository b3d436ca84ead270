package org.runavm.stdlib.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.module.NativeObject;
import org.runavm.stdlib.testkit.ModuleHarness;

class DurationAndInstantTest {
    private final ModuleHarness time = ModuleHarness.of(new TimeModule(ClockFunctionsTest.CLOCK));

    private String text(Object value) {
        return ((NativeObject) value).toText();
    }

    @Test
    void durationsFromUnits() {
        assertEquals("PT1H30M", text(time.call("minutes", 90)));
        assertEquals("PT1.5S", text(time.call("seconds", 1.5)));
        assertEquals(172_800_000L, time.callMethod(time.call("days", 2), "to_ms"));
        assertEquals(250L, time.callMethod(time.call("Duration", 250), "to_ms"));
        assertEquals(0.25, time.callMethod(time.call("milliseconds", 250), "to_seconds"));
        time.raises("OverflowError", "days", Long.MAX_VALUE);
    }

    @Test
    void durationArithmetic() {
        Object hour = time.call("hours", 1);
        Object minute = time.call("minutes", 1);
        assertEquals("PT1H1M", text(time.callMethod(hour, "plus", minute)));
        assertEquals("PT59M", text(time.callMethod(hour, "minus", minute)));
        assertEquals("PT2H30M", text(time.callMethod(hour, "multiplied", 2.5)));
        assertEquals("PT20M", text(time.callMethod(hour, "divided", 3)));
        assertEquals(60.0, time.callMethod(hour, "divided", minute));
        assertEquals("PT-1H", text(time.callMethod(hour, "negated")));
        assertEquals(true, time.callMethod(time.callMethod(hour, "negated"), "is_negative"));
        assertEquals(1L, time.callMethod(hour, "compare", minute));
        assertTrue(((NativeObject) time.call("seconds", 60)).runaEquals((NativeObject) minute));
        time.methodRaises("DivisionByZeroError", hour, "divided", 0);
        time.methodRaises("OverflowError", time.call("Duration", Long.MAX_VALUE), "plus", minute);
        time.methodRaises("TypeError", hour, "plus", 5);
    }

    @Test
    void instantArithmetic() {
        Object now = time.call("now");
        Object later = time.callMethod(now, "plus", time.call("hours", 2));
        assertEquals("2026-11-25T16:50:49.123Z", text(later));
        assertEquals("PT2H", text(time.callMethod(later, "minus", now)));
        assertEquals("PT2H", text(time.callMethod(now, "until", later)));
        assertEquals("2026-11-25T14:50:49.023Z", text(time.callMethod(now, "minus", time.call("milliseconds", 100))));
        assertEquals(true, time.callMethod(now, "is_before", later));
        assertEquals(false, time.callMethod(now, "is_after", later));
        assertEquals(-1L, time.callMethod(now, "compare", later));
        assertFalse(((NativeObject) now).runaEquals((NativeObject) later));
        time.methodRaises("OverflowError", time.call("from_epoch_ms", Long.MAX_VALUE), "plus", time.call("seconds", 1));
    }

    @Test
    void calendarArithmeticFollowsTheZone() {
        Object beforeDst = time.call("date_time", 2026, 3, 28, 12, 0, 0, "Europe/Paris");
        Object nextDay = time.callMethod(beforeDst, "plus_days", 1);
        assertEquals("2026-03-29T12:00+02:00[Europe/Paris]", text(nextDay));
        assertEquals("2026-03-29T13:00+02:00[Europe/Paris]", text(time.callMethod(beforeDst, "plus", time.call("hours", 24))));
        Object jan31 = time.call("date_time", 2024, 1, 31);
        assertEquals("2024-02-29T00:00Z[UTC]", text(time.callMethod(jan31, "plus_months", 1)));
        assertEquals("2025-01-31T00:00Z[UTC]", text(time.callMethod(jan31, "plus_years", 1)));
        time.methodRaises("OverflowError", jan31, "plus_years", Long.MAX_VALUE);
    }
}
