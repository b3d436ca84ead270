package org.runavm.stdlib.time.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/** Reading the module's argument types, with errors that name the function. */
final class TimeArgs {
    private TimeArgs() {
    }

    static InstantObject instant(NativeCall call, String function, int index) {
        if (call.argument(index) instanceof InstantObject instant) {
            return instant;
        }
        throw wrongType(call, function, index, "an Instant");
    }

    static DurationObject duration(NativeCall call, String function, int index) {
        if (call.argument(index) instanceof DurationObject duration) {
            return duration;
        }
        throw wrongType(call, function, index, "a Duration");
    }

    /** Argument {@code index} as a zone, or {@code fallback} (if not null) when it is absent or null. */
    static ZoneId zone(NativeCall call, String function, int index, ZoneId fallback) {
        if (call.argumentCount() <= index || call.isNull(index)) {
            if (fallback == null) {
                throw new NativeError("TypeError", function + " expects a time zone name, not null");
            }
            return fallback;
        }
        String name = call.text(index);
        try {
            return ZoneId.of(name);
        } catch (DateTimeException e) {
            throw new NativeError("ValueError", function + ": unknown time zone \"" + name + "\"");
        }
    }

    static DateTimeFormatter pattern(String function, String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern, Locale.US);
        } catch (IllegalArgumentException e) {
            throw new NativeError("ValueError", function + ": invalid pattern \"" + pattern + "\": " + e.getMessage());
        }
    }

    static NativeError wrongType(NativeCall call, String function, int index, String expected) {
        return new NativeError("TypeError", function + " expects " + expected + ", not " + call.typeName(index));
    }

    static NativeError overflow(String function) {
        return new NativeError("OverflowError", function + ": the result is out of the representable range");
    }
}
