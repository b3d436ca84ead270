package org.runavm.kernel.security;

import java.util.Objects;

/**
 * The answer of a {@link SecurityPolicy} to an {@link AccessRequest}.
 *
 * @param allowed whether the operation may happen
 * @param rule    the rule that decided, as text users recognise: the flag item
 *                ({@code --allow-fs=read:/data}), the policy file entry
 *                ({@code policy.json: $.permissions.filesystem.deny[0]}), a rule added at run time,
 *                or the default that applied
 * @param target  the target as judged: the canonical path for file system requests (symlinks
 *                resolved, {@code ..} removed), the normalised {@code host:port} for network
 *                requests, otherwise the requested target. Callers that act on a path should act on
 *                this one, so that what they touch is what was checked.
 */
public record Decision(boolean allowed, String rule, String target) {

    public Decision {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(target, "target");
    }

    /** An allowing decision. */
    public static Decision allow(String rule, String target) {
        return new Decision(true, rule, target);
    }

    /** A denying decision. */
    public static Decision deny(String rule, String target) {
        return new Decision(false, rule, target);
    }
}
