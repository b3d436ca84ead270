package org.runavm.kernel.security;

import java.util.List;
import org.osgi.annotation.versioning.ProviderType;

/**
 * The security policy of ONE VM instance. Every capability-bearing operation asks it before it
 * happens; a denied operation must have no side effect.
 *
 * <p>The policy is immutable in the sense that each check sees one consistent rule set, and
 * adjustable: {@link #addRule} and {@link #removeRule} (the embedding API's "dynamic adjustments")
 * replace the rule set atomically and apply to the next check. All methods are thread-safe; many
 * tasks check concurrently.
 */
@ProviderType
public interface SecurityPolicy extends AutoCloseable {

    /** Decides {@code request} and writes the decision to the audit sink, if any. */
    Decision check(AccessRequest request);

    /**
     * Checks {@code permission} on {@code target} and returns normally when it is allowed.
     *
     * @throws SecurityViolation when it is denied; its message is like
     *                           {@code fs read denied: /etc/passwd}
     */
    default void require(Permission permission, String target) {
        AccessRequest request = new AccessRequest(permission, target);
        Decision decision = check(request);
        if (!decision.allowed()) {
            throw new SecurityViolation(request, decision);
        }
    }

    /** Whether unmatched requests are denied (sandbox) or allowed. */
    boolean sandboxed();

    /** The resource limits of this VM: the flags' values over the policy file's {@code limits}. */
    ResourceLimits limits();

    /** The rules in force now, in the order they were given (flags, policy file, run time). */
    List<PermissionRule> rules();

    /**
     * Adds a rule; it applies to the next check.
     *
     * @throws PolicyException when the rule's scope is not valid for its permission
     */
    void addRule(PermissionRule rule) throws PolicyException;

    /**
     * Removes every rule equal to {@code rule} (same effect, permission and scope text), whether it
     * came from a flag, the policy file or an earlier {@link #addRule}; applies to the next check.
     *
     * @return whether a rule was removed
     */
    boolean removeRule(PermissionRule rule);

    /** Flushes and closes the audit log, if this policy opened one. Checks after close still work. */
    @Override
    void close();
}
