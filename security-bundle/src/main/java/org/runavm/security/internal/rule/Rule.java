package org.runavm.security.internal.rule;

import org.runavm.kernel.security.PermissionRule;

/**
 * A parsed rule: the rule as users wrote it, what it covers, and where it came from
 * ({@code --allow-fs=read:/data}, {@code policy.json: $.permissions.filesystem.deny[0]}).
 */
public record Rule(PermissionRule spec, Scope scope, String source) {

    public boolean allows() {
        return spec.effect() == PermissionRule.Effect.ALLOW;
    }
}
