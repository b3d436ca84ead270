package org.runavm.kernel.security;

import java.time.Instant;
import java.util.Objects;

/**
 * One audited decision. {@code --audit-log FILE} writes each as one JSON line with the fields
 * {@code time} (ISO-8601), {@code permission} (display name), {@code target}, {@code allowed},
 * {@code rule}, and {@code requested} when the program named the target differently.
 *
 * @param time      when the decision was made
 * @param permission what was asked
 * @param target    the target as judged (canonical path, normalised {@code host:port})
 * @param requested the target as the program named it
 * @param allowed   the outcome
 * @param rule      the rule that decided
 */
public record AuditRecord(Instant time, Permission permission, String target, String requested,
                          boolean allowed, String rule) {

    public AuditRecord {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(requested, "requested");
        Objects.requireNonNull(rule, "rule");
    }

    /** The record of {@code decision} on {@code request} made at {@code time}. */
    public static AuditRecord of(Instant time, AccessRequest request, Decision decision) {
        return new AuditRecord(time, request.permission(), decision.target(), request.target(),
                decision.allowed(), decision.rule());
    }
}
