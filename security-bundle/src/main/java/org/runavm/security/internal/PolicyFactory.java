package org.runavm.security.internal;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.security.AuditSink;
import org.runavm.kernel.security.PolicyException;
import org.runavm.kernel.security.ResourceLimits;
import org.runavm.kernel.security.SandboxSettings;
import org.runavm.kernel.security.SecurityPolicy;
import org.runavm.kernel.security.SecurityPolicyFactory;
import org.runavm.security.internal.audit.JsonLinesAuditSink;
import org.runavm.security.internal.file.PolicyDocument;
import org.runavm.security.internal.file.PolicyFileReader;
import org.runavm.security.internal.flag.FlagParser;
import org.runavm.security.internal.path.PathCanonicalizer;
import org.runavm.security.internal.rule.Rule;
import org.runavm.security.internal.rule.ScopeParser;
import org.runavm.security.internal.rule.SubjectResolver;

/**
 * Builds the policy of one VM from its {@link SandboxSettings}: the flags' rules, then the policy
 * file's, the limits (flags over file), and the audit sinks. A policy file turns the sandbox on: its
 * allow lists only mean something if what they do not list is denied.
 */
public final class PolicyFactory implements SecurityPolicyFactory {

    private final PathCanonicalizer paths;
    private final Clock clock;

    public PolicyFactory(PathCanonicalizer paths, Clock clock) {
        this.paths = paths;
        this.clock = clock;
    }

    /** Relative paths against the process's working directory, times from the system clock. */
    public PolicyFactory() {
        this(PathCanonicalizer.forWorkingDirectory(), Clock.systemUTC());
    }

    @Override
    public SecurityPolicy create(SandboxSettings settings) throws PolicyException {
        return create(settings, null);
    }

    @Override
    public SecurityPolicy create(SandboxSettings settings, AuditSink extraSink) throws PolicyException {
        ScopeParser scopes = new ScopeParser(paths);
        List<Rule> rules = new ArrayList<>(new FlagParser(scopes).parse(settings.flags()));
        ResourceLimits limits = settings.limits();
        boolean sandboxed = settings.sandbox();
        if (settings.policy().isPresent()) {
            PolicyDocument document = new PolicyFileReader(scopes, paths).read(settings.policy().get());
            rules.addAll(document.rules());
            limits = document.limits().overriddenBy(limits);
            sandboxed = true;
        }
        JsonLinesAuditSink file = settings.auditLog().isPresent()
                ? JsonLinesAuditSink.open(settings.auditLog().get())
                : null;
        return new VmSecurityPolicy(sandboxed, limits, rules, scopes, new SubjectResolver(paths),
                combine(file, extraSink), file, clock);
    }

    private static AuditSink combine(AuditSink first, AuditSink second) {
        if (first == null || second == null) {
            return first == null ? second : first;
        }
        return record -> {
            first.record(record);
            second.record(record);
        };
    }
}
