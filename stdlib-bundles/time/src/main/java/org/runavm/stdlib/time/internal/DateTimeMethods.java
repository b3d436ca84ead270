package org.runavm.stdlib.time.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;
import java.util.function.ToIntFunction;
import java.util.function.UnaryOperator;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeFunction;

/**
 * Methods of {@code DateTime}: the fields {@code year}, {@code month} (1-12), {@code day},
 * {@code hour}, {@code minute}, {@code second}, {@code millisecond}, {@code weekday} (1 = Monday ...
 * 7 = Sunday), {@code day_of_year}; {@code zone} and {@code offset} (Text); {@code to_instant},
 * {@code to_text}, {@code format(pattern)}; {@code plus(duration)} (exact elapsed time),
 * {@code plus_days(n)}, {@code plus_months(n)}, {@code plus_years(n)} (calendar arithmetic: a day
 * across a daylight-saving change is 23 or 25 hours; Jan 31 plus one month is Feb 28/29), and
 * {@code in_zone(zone)}.
 */
final class DateTimeMethods {
    private DateTimeMethods() {
    }

    static DateTimeObject inZone(Instant instant, ZoneId zone) {
        return new DateTimeObject(instant.atZone(zone));
    }

    static Map<String, NativeFunction> methods() {
        Map<String, NativeFunction> m = new HashMap<>();
        field(m, "year", ZonedDateTime::getYear);
        field(m, "month", ZonedDateTime::getMonthValue);
        field(m, "day", ZonedDateTime::getDayOfMonth);
        field(m, "hour", ZonedDateTime::getHour);
        field(m, "minute", ZonedDateTime::getMinute);
        field(m, "second", ZonedDateTime::getSecond);
        field(m, "millisecond", t -> t.getNano() / 1_000_000);
        field(m, "weekday", t -> t.getDayOfWeek().getValue());
        field(m, "day_of_year", ZonedDateTime::getDayOfYear);
        m.put("zone", call -> call.returnText(self(call).getZone().getId()));
        m.put("offset", call -> call.returnText(self(call).getOffset().getId()));
        m.put("to_instant", call -> call.returnValue(InstantObject.of(self(call).toInstant())));
        m.put("to_text", call -> call.returnText(self(call).toString()));
        m.put("format", call -> call.returnText(
                FormatFunctions.format(TimeArgs.pattern("DateTime.format", call.text(0)), self(call), call.text(0))));
        m.put("plus", call -> {
            long ms = TimeArgs.duration(call, "DateTime.plus", 0).millis();
            call.returnValue(adjusted(call, "DateTime.plus", t -> t.plus(java.time.Duration.ofMillis(ms))));
        });
        m.put("plus_days", call -> call.returnValue(adjusted(call, "DateTime.plus_days", t -> t.plusDays(call.integer(0)))));
        m.put("plus_months", call -> call.returnValue(adjusted(call, "DateTime.plus_months", t -> t.plusMonths(call.integer(0)))));
        m.put("plus_years", call -> call.returnValue(adjusted(call, "DateTime.plus_years", t -> t.plusYears(call.integer(0)))));
        m.put("in_zone", call -> call.returnValue(new DateTimeObject(
                self(call).withZoneSameInstant(TimeArgs.zone(call, "DateTime.in_zone", 0, null)))));
        return m;
    }

    private static void field(Map<String, NativeFunction> m, String name, ToIntFunction<ZonedDateTime> getter) {
        m.put(name, call -> call.returnInteger(getter.applyAsInt(self(call))));
    }

    private static ZonedDateTime self(NativeCall call) {
        return ((DateTimeObject) call.receiver()).value();
    }

    private static DateTimeObject adjusted(NativeCall call, String function, UnaryOperator<ZonedDateTime> change) {
        try {
            return new DateTimeObject(change.apply(self(call)));
        } catch (DateTimeException | ArithmeticException e) {
            throw TimeArgs.overflow(function);
        }
    }
}
