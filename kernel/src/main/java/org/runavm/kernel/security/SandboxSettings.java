package org.runavm.kernel.security;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The inputs a {@link SecurityPolicyFactory} builds one VM's policy from.
 *
 * @param sandbox    whether requests no rule matches are denied ({@code --sandbox},
 *                   {@code --embedded}, or an embedder's choice); a policy file turns it on too
 * @param flags      the {@code --allow-*} and {@code --deny-*} flags in command-line order
 * @param policy     a JSON policy document ({@code --security-policy FILE}), if any
 * @param auditLog   the file that receives one JSON line per decision ({@code --audit-log FILE})
 * @param limits     the resource limits given by flags; they win over the policy file's
 */
public record SandboxSettings(boolean sandbox, List<SecurityFlag> flags, Optional<PolicySource> policy,
                              Optional<Path> auditLog, ResourceLimits limits) {

    public SandboxSettings {
        flags = List.copyOf(flags);
        Objects.requireNonNull(policy, "policy");
        Objects.requireNonNull(auditLog, "auditLog");
        Objects.requireNonNull(limits, "limits");
    }

    /** No sandbox, no flags, no policy file, no audit log, no limits: everything is allowed. */
    public static SandboxSettings unrestricted() {
        return new SandboxSettings(false, List.of(), Optional.empty(), Optional.empty(), ResourceLimits.NONE);
    }

    /** A sandbox without grants: everything but {@code time} and {@code random} is denied. */
    public static SandboxSettings sandboxed() {
        return unrestricted().withSandbox(true);
    }

    public SandboxSettings withSandbox(boolean on) {
        return new SandboxSettings(on, flags, policy, auditLog, limits);
    }

    /** These settings with {@code flag} appended to the flags. */
    public SandboxSettings withFlag(SecurityFlag flag) {
        List<SecurityFlag> more = new ArrayList<>(flags);
        more.add(flag);
        return new SandboxSettings(sandbox, more, policy, auditLog, limits);
    }

    /** These settings with the flag {@code --name=value} appended ({@code value} may be null). */
    public SandboxSettings withFlag(String name, String value) {
        return withFlag(new SecurityFlag(name, value));
    }

    public SandboxSettings withPolicy(PolicySource source) {
        return new SandboxSettings(sandbox, flags, Optional.of(source), auditLog, limits);
    }

    public SandboxSettings withPolicyFile(Path file) {
        return withPolicy(PolicySource.file(file));
    }

    public SandboxSettings withAuditLog(Path file) {
        return new SandboxSettings(sandbox, flags, policy, Optional.of(file), limits);
    }

    public SandboxSettings withLimits(ResourceLimits newLimits) {
        return new SandboxSettings(sandbox, flags, policy, auditLog, newLimits);
    }
}
