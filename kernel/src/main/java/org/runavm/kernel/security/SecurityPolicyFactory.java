package org.runavm.kernel.security;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The service that builds the {@link SecurityPolicy} of one VM instance. Each VM gets its own
 * policy: adjusting one never changes another.
 */
@ProviderType
public interface SecurityPolicyFactory {

    /**
     * Builds a policy from {@code settings}, opening the audit log file they name, if any.
     *
     * @throws PolicyException when a flag, the policy file or the audit log is not valid; the message
     *                         is one line naming the flag or the file and JSON path (the launcher
     *                         exits with status 2)
     */
    SecurityPolicy create(SandboxSettings settings) throws PolicyException;

    /**
     * Like {@link #create(SandboxSettings)}, and also sends every decision to {@code sink} (for
     * embedders that collect audit records themselves).
     */
    SecurityPolicy create(SandboxSettings settings, AuditSink sink) throws PolicyException;
}
