package org.runavm.stdlib.time.internal;

import java.time.Duration;
import org.runavm.kernel.module.NativeObject;

/** A {@code Duration}: a signed number of milliseconds; text form ISO-8601 ({@code PT1H30M}). */
record DurationObject(long millis) implements NativeObject {
    static final String TYPE = "Duration";

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String toText() {
        return Duration.ofMillis(millis).toString();
    }

    @Override
    public boolean runaEquals(NativeObject other) {
        return other instanceof DurationObject d && d.millis == millis;
    }

    @Override
    public long runaHash() {
        return Long.hashCode(millis);
    }
}
