package org.runavm.engine.interpreter.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.runavm.kernel.security.AccessRequest;
import org.runavm.kernel.security.Decision;
import org.runavm.kernel.security.PermissionRule;
import org.runavm.kernel.security.ResourceLimits;
import org.runavm.kernel.security.SecurityPolicy;

/** A security policy for tests: allows what {@code allowed} accepts and records every request. */
final class TestPolicy implements SecurityPolicy {
    private final Predicate<AccessRequest> allowed;
    final List<AccessRequest> requests = new ArrayList<>();

    TestPolicy(Predicate<AccessRequest> allowed) {
        this.allowed = allowed;
    }

    static TestPolicy allowAll() {
        return new TestPolicy(r -> true);
    }

    @Override
    public synchronized Decision check(AccessRequest request) {
        requests.add(request);
        return allowed.test(request) ? Decision.allow("test", request.target()) : Decision.deny("sandbox", request.target());
    }

    @Override
    public boolean sandboxed() {
        return true;
    }

    @Override
    public ResourceLimits limits() {
        return ResourceLimits.NONE;
    }

    @Override
    public List<PermissionRule> rules() {
        return List.of();
    }

    @Override
    public void addRule(PermissionRule rule) {
        throw new UnsupportedOperationException();
    }

    @Override
    public boolean removeRule(PermissionRule rule) {
        return false;
    }

    @Override
    public void close() {
    }
}
