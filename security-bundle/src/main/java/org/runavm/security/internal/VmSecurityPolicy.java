package org.runavm.security.internal;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.AuditRecord;
import org.runavm.kernel.security.AuditSink;
import org.runavm.kernel.security.Decision;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.PermissionRule;
import org.runavm.kernel.security.PolicyException;
import org.runavm.kernel.security.ResourceLimits;
import org.runavm.kernel.security.SecurityPolicy;
import org.runavm.security.internal.rule.InvalidScopeException;
import org.runavm.security.internal.rule.Rule;
import org.runavm.security.internal.rule.RuleSet;
import org.runavm.security.internal.rule.ScopeParser;
import org.runavm.security.internal.rule.Subject;
import org.runavm.security.internal.rule.SubjectResolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The policy of one VM instance. The rules live in an immutable {@link RuleSet} behind an atomic
 * reference: a check reads it once and decides on that snapshot, an adjustment builds a new set and
 * swaps it in, so concurrent checks never lock and never see half a change.
 */
public final class VmSecurityPolicy implements SecurityPolicy {

    private static final Logger LOG = LoggerFactory.getLogger(VmSecurityPolicy.class);

    static final String NOT_SANDBOXED = "default: not sandboxed";
    static final String SANDBOX_DEFAULT = "default: the sandbox denies what no rule grants";
    static final String FREE_DEFAULT = "default: allowed unless denied";

    private final boolean sandboxed;
    private final ResourceLimits limits;
    private final AtomicReference<RuleSet> rules;
    private final ScopeParser scopes;
    private final SubjectResolver subjects;
    private final AuditSink audit;
    private final AutoCloseable onClose;
    private final Clock clock;

    VmSecurityPolicy(boolean sandboxed, ResourceLimits limits, List<Rule> rules, ScopeParser scopes,
                     SubjectResolver subjects, AuditSink audit, AutoCloseable onClose, Clock clock) {
        this.sandboxed = sandboxed;
        this.limits = limits;
        this.rules = new AtomicReference<>(RuleSet.of(rules));
        this.scopes = scopes;
        this.subjects = subjects;
        this.audit = audit;
        this.onClose = onClose;
        this.clock = clock;
    }

    @Override
    public Decision check(AccessRequest request) {
        Decision decision = decide(request, rules.get());
        if (audit != null) {
            try {
                audit.record(AuditRecord.of(clock.instant(), request, decision));
            } catch (RuntimeException e) {
                // An embedder's sink failed; the decision stands either way.
                LOG.warn("audit sink failed on {}: {}", request, e.toString());
            }
        }
        return decision;
    }

    private Decision decide(AccessRequest request, RuleSet set) {
        Permission permission = request.permission();
        Subject subject;
        try {
            subject = subjects.resolve(request);
        } catch (InvalidScopeException e) {
            // A target that cannot be judged cannot be shown to be outside every denial.
            if (!sandboxed && !set.mentions(permission)) {
                return Decision.allow(NOT_SANDBOXED, request.target());
            }
            return Decision.deny("invalid target: " + e.getMessage(), request.target());
        }
        Optional<Rule> rule = set.decide(permission, subject);
        if (rule.isPresent()) {
            return new Decision(rule.get().allows(), rule.get().source(), subject.text());
        }
        if (!sandboxed) {
            return Decision.allow(NOT_SANDBOXED, subject.text());
        }
        if (permission.allowedByDefault()) {
            return Decision.allow(FREE_DEFAULT, subject.text());
        }
        return Decision.deny(SANDBOX_DEFAULT, subject.text());
    }

    @Override
    public boolean sandboxed() {
        return sandboxed;
    }

    @Override
    public ResourceLimits limits() {
        return limits;
    }

    @Override
    public List<PermissionRule> rules() {
        return rules.get().rules().stream().map(Rule::spec).toList();
    }

    @Override
    public void addRule(PermissionRule rule) throws PolicyException {
        Rule parsed;
        try {
            parsed = new Rule(rule, scopes.parse(rule.permission(), rule.scope()), "runtime: " + rule);
        } catch (InvalidScopeException e) {
            throw new PolicyException(rule + ": " + e.getMessage());
        }
        rules.updateAndGet(set -> set.with(parsed));
    }

    @Override
    public boolean removeRule(PermissionRule rule) {
        RuleSet before = rules.getAndUpdate(set -> set.without(rule));
        return before.rules().stream().anyMatch(r -> r.spec().equals(rule));
    }

    @Override
    public void close() {
        if (onClose != null) {
            try {
                onClose.close();
            } catch (Exception e) {
                // The audit sink logs its own problems; closing must not fail the VM's shutdown.
            }
        }
    }
}
