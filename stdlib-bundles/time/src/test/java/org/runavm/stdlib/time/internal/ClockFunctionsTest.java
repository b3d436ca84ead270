package org.runavm.stdlib.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.module.NativeObject;
import org.runavm.kernel.security.Permission;
import org.runavm.stdlib.testkit.ModuleHarness;
import org.runavm.stdlib.testkit.TestEnvironment;

class ClockFunctionsTest {
    static final Instant NOW = Instant.parse("2026-11-25T14:50:49.123Z");
    static final Clock CLOCK = Clock.fixed(NOW, ZoneId.of("Europe/Paris"));

    private final ModuleHarness time = TestEnvironment.sandboxed().bind(new TimeModule(CLOCK));

    @Test
    void nowIsAnInstantWithIsoText() {
        NativeObject now = (NativeObject) time.call("now");
        assertEquals("Instant", now.typeName());
        assertEquals("2026-11-25T14:50:49.123Z", now.toText());
        assertEquals(NOW.toEpochMilli(), time.callMethod(now, "epoch_ms"));
        assertEquals(NOW.toEpochMilli(), time.call("epoch_ms"));
    }

    @Test
    void todayIsLocalMidnight() {
        Object today = time.call("today");
        assertEquals("2026-11-25T00:00+01:00[Europe/Paris]", ((NativeObject) today).toText());
        assertEquals(3L, time.callMethod(today, "weekday"));
        assertEquals("Europe/Paris", time.call("local_zone"));
        assertEquals("2026-11-26T00:00+11:00[Australia/Sydney]", ((NativeObject) time.call("today", "Australia/Sydney")).toText());
    }

    @Test
    void wallClockNeedsTimeWhenDeniedButMonotonicIsFree() {
        ModuleHarness denied = TestEnvironment.sandboxed().deny(Permission.TIME, "").bind(new TimeModule(CLOCK));
        assertEquals("time denied", denied.denied("now"));
        denied.denied("today");
        denied.denied("epoch_ms");
        long a = (Long) denied.call("monotonic_ms");
        long b = (Long) denied.call("monotonic_ms");
        assertTrue(b >= a);
        assertEquals(NOW.toEpochMilli(), denied.callMethod(denied.call("from_epoch_ms", NOW.toEpochMilli()), "epoch_ms"));
    }

    @Test
    void sleepRejectsNegativeTimes() {
        assertEquals("time.sleep: -1 ms is negative", time.raises("ValueError", "sleep", -1));
        time.call("sleep", 0);
    }

    @Test
    void dateTimeConstructionAndFields() {
        Object t = time.call("date_time", 2024, 2, 29, 13, 5, 9, "America/New_York");
        assertEquals("2024-02-29T13:05:09-05:00[America/New_York]", ((NativeObject) t).toText());
        assertEquals(List.of(2024L, 2L, 29L, 13L, 5L, 9L, 0L, 60L),
                List.of(time.callMethod(t, "year"), time.callMethod(t, "month"), time.callMethod(t, "day"),
                        time.callMethod(t, "hour"), time.callMethod(t, "minute"), time.callMethod(t, "second"),
                        time.callMethod(t, "millisecond"), time.callMethod(t, "day_of_year")));
        assertEquals("-05:00", time.callMethod(t, "offset"));
        assertTrue(time.raises("ValueError", "date_time", 2023, 2, 29).startsWith("time.date_time: Invalid date"));
        assertEquals("time.date_time: unknown time zone \"Mars/Base\"",
                time.raises("ValueError", "date_time", 2023, 1, 1, 0, 0, 0, "Mars/Base"));
        assertTrue(((List<?>) time.call("zones")).contains("Europe/Paris"));
    }

    @Test
    void inZone() {
        Object instant = time.call("from_epoch_ms", NOW.toEpochMilli());
        Object tokyo = time.call("in_zone", instant, "Asia/Tokyo");
        assertEquals("2026-11-25T23:50:49.123+09:00[Asia/Tokyo]", ((NativeObject) tokyo).toText());
        Object utc = time.callMethod(tokyo, "in_zone", "UTC");
        assertEquals(14L, time.callMethod(utc, "hour"));
        assertTrue(((NativeObject) time.callMethod(utc, "to_instant")).runaEquals((NativeObject) instant));
        time.raises("TypeError", "in_zone", 5, "UTC");
    }
}
