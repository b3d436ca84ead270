package org.runavm.stdlib.testkit;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.Decision;
import org.runavm.kernel.security.Permission;
import org.runavm.kernel.security.PermissionRule;
import org.runavm.kernel.security.ResourceLimits;
import org.runavm.kernel.security.SecurityPolicy;

/**
 * A small rule-based policy with the resolution of {@code security.md} (most specific scope decides,
 * deny wins a tie, unmatched requests are denied in a sandbox except {@code time} and {@code random}).
 * Paths are compared as given, not canonicalised. Every request is recorded for assertions.
 */
public final class TestPolicy implements SecurityPolicy {
    private final boolean sandboxed;
    private final List<PermissionRule> rules = new CopyOnWriteArrayList<>();
    private final List<AccessRequest> requests = new CopyOnWriteArrayList<>();
    private volatile ResourceLimits limits = ResourceLimits.NONE;

    private TestPolicy(boolean sandboxed) {
        this.sandboxed = sandboxed;
    }

    public static TestPolicy unrestricted() {
        return new TestPolicy(false);
    }

    public static TestPolicy sandbox() {
        return new TestPolicy(true);
    }

    /** Every request checked so far, in order. */
    public List<AccessRequest> requests() {
        return List.copyOf(requests);
    }

    @Override
    public Decision check(AccessRequest request) {
        requests.add(request);
        PermissionRule best = null;
        for (PermissionRule rule : rules) {
            if (rule.permission() != request.permission() || !covers(rule, request.target())) {
                continue;
            }
            if (best == null || rule.scope().length() > best.scope().length()
                    || rule.scope().length() == best.scope().length() && rule.effect() == PermissionRule.Effect.DENY) {
                best = rule;
            }
        }
        if (best != null) {
            return new Decision(best.effect() == PermissionRule.Effect.ALLOW, best.toString(), request.target());
        }
        boolean allowed = !sandboxed || request.permission().allowedByDefault();
        return new Decision(allowed, "default", request.target());
    }

    private static boolean covers(PermissionRule rule, String target) {
        String scope = rule.scope();
        if (scope.isEmpty()) {
            return true;
        }
        if (scope.endsWith("*")) {
            return target.startsWith(scope.substring(0, scope.length() - 1));
        }
        if (rule.permission().isFileSystem()) {
            return Path.of(target).startsWith(Path.of(scope));
        }
        if (rule.permission().isNetwork() && !scope.contains(":")) {
            return target.startsWith(scope + ":");
        }
        return target.equals(scope);
    }

    @Override
    public boolean sandboxed() {
        return sandboxed;
    }

    @Override
    public ResourceLimits limits() {
        return limits;
    }

    /** Sets the limits {@link #limits()} reports; returns this policy. */
    public TestPolicy withLimits(ResourceLimits newLimits) {
        limits = newLimits;
        return this;
    }

    @Override
    public List<PermissionRule> rules() {
        return new ArrayList<>(rules);
    }

    @Override
    public void addRule(PermissionRule rule) {
        rules.add(rule);
    }

    @Override
    public boolean removeRule(PermissionRule rule) {
        return rules.removeIf(rule::equals);
    }

    @Override
    public void close() {
    }

    /** Adds an allow rule; returns this policy. */
    public TestPolicy allow(Permission permission, String scope) {
        rules.add(PermissionRule.allow(permission, scope));
        return this;
    }

    /** Adds a deny rule; returns this policy. */
    public TestPolicy deny(Permission permission, String scope) {
        rules.add(PermissionRule.deny(permission, scope));
        return this;
    }
}
