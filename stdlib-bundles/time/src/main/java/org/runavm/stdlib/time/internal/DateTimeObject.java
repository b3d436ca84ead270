package org.runavm.stdlib.time.internal;

import java.time.ZonedDateTime;
import org.runavm.kernel.module.NativeObject;

/**
 * A {@code DateTime}: an instant seen in a time zone, with calendar fields. Text form ISO-8601 with
 * offset and zone ({@code 2026-11-25T15:50:49.123+01:00[Europe/Paris]}). Equal when both the instant
 * and the zone are equal.
 */
record DateTimeObject(ZonedDateTime value) implements NativeObject {
    static final String TYPE = "DateTime";

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String toText() {
        return value.toString();
    }

    @Override
    public boolean runaEquals(NativeObject other) {
        return other instanceof DateTimeObject d && d.value.equals(value);
    }

    @Override
    public long runaHash() {
        return value.hashCode();
    }
}
