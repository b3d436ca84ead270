package org.runavm.stdlib.time.internal;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.security.Permission;

/**
 * Reading clocks and building values: {@code now}, {@code epoch_ms}, {@code today}, {@code local_zone}
 * read the wall clock or the host's zone and need {@code time}; {@code monotonic_ms}, {@code sleep},
 * {@code from_epoch_ms}, {@code date_time}, {@code in_zone} and {@code zones} do not.
 */
final class ClockFunctions {
    private ClockFunctions() {
    }

    static void define(ModuleDefinition d, Clock clock) {
        d.function("now", 0, 0, call -> {
            requireTime(call);
            call.returnValue(InstantObject.of(clock.instant()));
        });
        d.function("epoch_ms", 0, 0, call -> {
            requireTime(call);
            call.returnInteger(clock.millis());
        });
        d.function("today", 0, 1, call -> {
            requireTime(call);
            ZoneId zone = TimeArgs.zone(call, "time.today", 0, clock.getZone());
            call.returnValue(new DateTimeObject(LocalDate.now(clock.withZone(zone)).atStartOfDay(zone)));
        });
        d.function("local_zone", 0, 0, call -> {
            requireTime(call);
            call.returnText(clock.getZone().getId());
        });
        // System.nanoTime is monotonic and reveals no wall-clock time, hence free in a sandbox
        d.function("monotonic_ms", 0, 0, call -> call.returnInteger(System.nanoTime() / 1_000_000));
        d.function("sleep", 1, 1, ClockFunctions::sleep);
        d.function("from_epoch_ms", 1, 1, call -> call.returnValue(new InstantObject(call.integer(0))));
        d.function("in_zone", 2, 2, call -> call.returnValue(DateTimeMethods.inZone(
                TimeArgs.instant(call, "time.in_zone", 0).instant(), TimeArgs.zone(call, "time.in_zone", 1, null))));
        d.function("date_time", 3, 7, ClockFunctions::dateTime);
        d.function("zones", 0, 0, call -> {
            List<Object> zones = new ArrayList<>(ZoneId.getAvailableZoneIds());
            zones.sort(null);
            call.returnValue(zones);
        });
    }

    private static void requireTime(NativeCall call) {
        call.environment().security().require(Permission.TIME, "");
    }

    private static void sleep(NativeCall call) {
        long ms = call.integer(0);
        if (ms < 0) {
            throw new NativeError("ValueError", "time.sleep: " + ms + " ms is negative");
        }
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // the task was cancelled: keep the flag for the scheduler
            throw new NativeError("CancelledError", "time.sleep: interrupted");
        }
    }

    /** {@code date_time(year, month, day, hour, minute, second, zone)}; zone defaults to UTC. */
    private static void dateTime(NativeCall call) {
        int[] fields = new int[6];
        int count = Math.min(call.argumentCount(), 6);
        for (int i = 0; i < count; i++) {
            long v = call.integer(i);
            if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
                throw new NativeError("ValueError", "time.date_time: field " + (i + 1) + " is out of range: " + v);
            }
            fields[i] = (int) v;
        }
        ZoneId zone = TimeArgs.zone(call, "time.date_time", 6, ZoneId.of("UTC"));
        try {
            call.returnValue(new DateTimeObject(ZonedDateTime.of(fields[0], fields[1], fields[2], fields[3], fields[4],
                    fields[5], 0, zone)));
        } catch (DateTimeException e) {
            throw new NativeError("ValueError", "time.date_time: " + e.getMessage());
        }
    }
}
