package org.runavm.kernel.security;

import java.util.Objects;

/**
 * One question to a {@link SecurityPolicy}: may the program use {@code permission} on {@code target}?
 *
 * @param permission the capability asked for
 * @param target     what it is used on, as the program named it: a path (relative paths are
 *                   relative to the VM's working directory), {@code host:port}, a program, variable
 *                   or library name; empty for permissions without a target such as {@code time}
 */
public record AccessRequest(Permission permission, String target) {

    public AccessRequest {
        Objects.requireNonNull(permission, "permission");
        Objects.requireNonNull(target, "target");
    }

    /** A request without a target, e.g. for {@link Permission#TIME}. */
    public static AccessRequest of(Permission permission) {
        return new AccessRequest(permission, "");
    }

    /** A request for {@code permission} on {@code target}. */
    public static AccessRequest of(Permission permission, String target) {
        return new AccessRequest(permission, target);
    }

    /** The request as users read it, e.g. {@code fs read /etc/passwd}. */
    @Override
    public String toString() {
        return target.isEmpty() ? permission.displayName() : permission.displayName() + " " + target;
    }
}
