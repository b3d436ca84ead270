/**
 * The standard module {@code time}: the wall clock ({@code now}, needing the {@code time}
 * permission), a monotonic clock (free), {@code sleep}, and three native types built on
 * {@code java.time}: {@code Instant} (a point on the UTC time line, millisecond precision),
 * {@code Duration} (a signed number of milliseconds) and {@code DateTime} (an instant seen in a time
 * zone: calendar fields, calendar arithmetic, zone conversion).
 *
 * <p>Invariants: values are immutable, so a value can be shared across tasks; arithmetic that leaves
 * the representable range is an {@code OverflowError}; an unknown zone or pattern, or text that does
 * not parse, is a {@code ValueError} naming it. Patterns are those of
 * {@link java.time.format.DateTimeFormatter} with English names, whatever the host's locale.
 */
package org.runavm.stdlib.time.internal;
