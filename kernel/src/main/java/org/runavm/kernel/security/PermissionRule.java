package org.runavm.kernel.security;

import java.util.Objects;

/**
 * One allow or deny rule, as the embedding API adds or removes it at run time and as
 * {@link SecurityPolicy#rules()} lists the rules from flags and policy files.
 *
 * <p>The scope says what the rule covers, in the syntax of the matching flag's SPEC item:
 * <ul>
 *   <li>file system: a path; it covers the directory and everything below it
 *       ({@code /data} covers {@code /data/x} but not {@code /database});
 *   <li>network: {@code HOST}, {@code HOST:PORT} or {@code HOST:LOW-HIGH}, where HOST may be
 *       {@code *.example.com} (any subdomain) or {@code *} (any host);
 *   <li>other permissions: a name ({@code HOME}, {@code git}, {@code libssl.so}), or a prefix
 *       ending in {@code *} ({@code AWS_*}).
 * </ul>
 * An empty scope covers every target of the permission.
 *
 * @param effect     allow or deny
 * @param permission the permission it is about
 * @param scope      what it covers; empty for everything
 */
public record PermissionRule(Effect effect, Permission permission, String scope) {

    /** Whether a rule grants or refuses. */
    public enum Effect { ALLOW, DENY }

    public PermissionRule {
        Objects.requireNonNull(effect, "effect");
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(scope, "scope");
    }

    /** A rule allowing {@code permission} on {@code scope}. */
    public static PermissionRule allow(Permission permission, String scope) {
        return new PermissionRule(Effect.ALLOW, permission, scope);
    }

    /** A rule denying {@code permission} on {@code scope}. */
    public static PermissionRule deny(Permission permission, String scope) {
        return new PermissionRule(Effect.DENY, permission, scope);
    }

    /** Whether the rule covers every target of its permission. */
    public boolean coversEverything() {
        return scope.isEmpty();
    }

    /** The rule as users read it, e.g. {@code allow fs read /data}. */
    @Override
    public String toString() {
        String head = (effect == Effect.ALLOW ? "allow " : "deny ") + permission.displayName();
        return scope.isEmpty() ? head : head + " " + scope;
    }
}
