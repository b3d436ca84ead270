package org.runavm.stdlib.time.internal;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.time.temporal.TemporalQueries;
import java.util.List;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * {@code format(instant, pattern, zone)} and {@code parse(text, pattern, zone)}. The zone (UTC by
 * default) places the instant on a calendar; when parsed text names its own offset or zone, that
 * wins. Text without a time of day means midnight; {@code parse(text)} without a pattern accepts
 * ISO-8601 date-times (with or without offset) and dates.
 */
final class FormatFunctions {
    private static final List<DateTimeFormatter> ISO = List.of(DateTimeFormatter.ISO_DATE_TIME, DateTimeFormatter.ISO_DATE);

    private FormatFunctions() {
    }

    static void define(ModuleDefinition d) {
        d.function("format", 2, 3, call -> {
            DateTimeFormatter pattern = TimeArgs.pattern("time.format", call.text(1));
            Object value = call.argument(0);
            if (value instanceof DateTimeObject dateTime) {
                ZoneId zone = TimeArgs.zone(call, "time.format", 2, dateTime.value().getZone());
                call.returnText(format(pattern, dateTime.value().withZoneSameInstant(zone), call.text(1)));
            } else {
                Instant instant = TimeArgs.instant(call, "time.format", 0).instant();
                ZoneId zone = TimeArgs.zone(call, "time.format", 2, ZoneOffset.UTC);
                call.returnText(format(pattern, instant.atZone(zone), call.text(1)));
            }
        });
        d.function("parse", 1, 3, FormatFunctions::parse);
    }

    static String format(DateTimeFormatter formatter, TemporalAccessor value, String pattern) {
        try {
            return formatter.format(value);
        } catch (DateTimeException e) {
            throw new NativeError("ValueError", "time.format: cannot format with \"" + pattern + "\": " + e.getMessage());
        }
    }

    private static void parse(NativeCall call) {
        String text = call.text(0);
        boolean hasPattern = call.argumentCount() > 1 && !call.isNull(1);
        ZoneId zone = TimeArgs.zone(call, "time.parse", 2, ZoneOffset.UTC);
        List<DateTimeFormatter> formatters = hasPattern ? List.of(TimeArgs.pattern("time.parse", call.text(1))) : ISO;
        DateTimeException failure = null;
        for (DateTimeFormatter formatter : formatters) {
            try {
                call.returnValue(InstantObject.of(resolve(formatter.parse(text), zone)));
                return;
            } catch (DateTimeException e) {
                failure = failure == null ? e : failure;
            }
        }
        String reason = failure.getMessage();
        if (failure instanceof DateTimeParseException p) {
            // a cause means the text was read but its fields are invalid; otherwise the text did not fit
            reason = p.getCause() != null ? p.getCause().getMessage() : "unexpected text at index " + p.getErrorIndex();
        }
        throw new NativeError("ValueError", "time.parse: cannot parse \"" + text + "\""
                + (hasPattern ? " with pattern \"" + call.text(1) + "\"" : " as ISO-8601") + ": " + reason);
    }

    private static Instant resolve(TemporalAccessor parsed, ZoneId fallback) {
        if (parsed.isSupported(ChronoField.INSTANT_SECONDS)) {
            return Instant.from(parsed);
        }
        LocalDate date = parsed.query(TemporalQueries.localDate());
        if (date == null) {
            throw new DateTimeException("the text has no date");
        }
        LocalTime time = parsed.query(TemporalQueries.localTime());
        ZoneId zone = parsed.query(TemporalQueries.zone());
        return date.atTime(time == null ? LocalTime.MIDNIGHT : time).atZone(zone == null ? fallback : zone).toInstant();
    }
}
