package org.runavm.stdlib.time.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.module.NativeObject;
import org.runavm.stdlib.testkit.ModuleHarness;

class FormatFunctionsTest {
    private final ModuleHarness time = ModuleHarness.of(new TimeModule(ClockFunctionsTest.CLOCK));
    private final Object now = time.call("now");

    @Test
    void formatInUtcOrAZone() {
        assertEquals("2026-11-25 14:50:49", time.call("format", now, "yyyy-MM-dd HH:mm:ss"));
        assertEquals("Wednesday 25 November 2026, 15:50 CET",
                time.call("format", now, "EEEE d MMMM yyyy, HH:mm z", "Europe/Paris"));
        assertEquals("23:50", time.callMethod(now, "format", "HH:mm", "Asia/Tokyo"));
        Object paris = time.callMethod(now, "in_zone", "Europe/Paris");
        assertEquals("15:50:49.123", time.call("format", paris, "HH:mm:ss.SSS"));
        assertEquals("15", time.callMethod(paris, "format", "HH"));
    }

    @Test
    void badPatternsAreValueErrors() {
        assertEquals("time.format: invalid pattern \"yyyy-bb\": Unknown pattern letter: b",
                time.raises("ValueError", "format", now, "yyyy-bb"));
        time.raises("TypeError", "format", "2026", "yyyy");
    }

    @Test
    void parseWithPatternAndZone() {
        assertEquals(epoch("2026-11-25T13:00:00Z"), epochOf(time.call("parse", "25/11/2026 14:00", "dd/MM/yyyy HH:mm", "Europe/Paris")));
        assertEquals(epoch("2026-11-25T00:00:00Z"), epochOf(time.call("parse", "2026-11-25", "yyyy-MM-dd")));
        assertEquals(epoch("2026-11-25T12:00:00Z"), epochOf(time.call("parse", "2026-11-25 14:00 +0200", "yyyy-MM-dd HH:mm Z")));
    }

    @Test
    void parseIso() {
        assertEquals(epoch("2026-11-25T14:50:49.123Z"), epochOf(time.call("parse", "2026-11-25T14:50:49.123Z")));
        assertEquals(epoch("2026-11-25T12:50:49Z"), epochOf(time.call("parse", "2026-11-25T14:50:49+02:00")));
        assertEquals(epoch("2026-11-25T14:50:00Z"), epochOf(time.call("parse", "2026-11-25T14:50")));
        assertEquals(epoch("2026-11-24T23:00:00Z"), epochOf(time.call("parse", "2026-11-25", null, "Europe/Paris")));
    }

    @Test
    void unparsableTextNamesThePosition() {
        assertEquals("time.parse: cannot parse \"2026-13-01\" with pattern \"yyyy-MM-dd\": "
                        + "Invalid value for MonthOfYear (valid values 1 - 12): 13",
                time.raises("ValueError", "parse", "2026-13-01", "yyyy-MM-dd"));
        assertEquals("time.parse: cannot parse \"noon\" as ISO-8601: unexpected text at index 0",
                time.raises("ValueError", "parse", "noon"));
        time.raises("ValueError", "parse", "14:00", "HH:mm");
    }

    private static long epoch(String iso) {
        return Instant.parse(iso).toEpochMilli();
    }

    private long epochOf(Object instant) {
        return ((InstantObject) (NativeObject) instant).epochMillis();
    }
}
