package org.runavm.stdlib.time.internal;

import java.time.Instant;
import org.runavm.kernel.module.NativeObject;

/**
 * An {@code Instant}: milliseconds since 1970-01-01T00:00Z. Its text form is ISO-8601 in UTC
 * ({@code 2026-11-25T14:50:49.123Z}).
 */
record InstantObject(long epochMillis) implements NativeObject {
    static final String TYPE = "Instant";

    static InstantObject of(Instant instant) {
        return new InstantObject(instant.toEpochMilli());
    }

    Instant instant() {
        return Instant.ofEpochMilli(epochMillis);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String toText() {
        return instant().toString();
    }

    @Override
    public boolean runaEquals(NativeObject other) {
        return other instanceof InstantObject i && i.epochMillis == epochMillis;
    }

    @Override
    public long runaHash() {
        return Long.hashCode(epochMillis);
    }
}
