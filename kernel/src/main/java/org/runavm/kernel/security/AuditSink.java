package org.runavm.kernel.security;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Receives every decision of a {@link SecurityPolicy}. Called from many threads at once, on the
 * path of the checked operation: implementations must be thread-safe and quick, and must not throw
 * (a failing sink must not turn a decision around).
 */
@ConsumerType
@FunctionalInterface
public interface AuditSink {

    /** Takes one decision. */
    void record(AuditRecord record);
}
