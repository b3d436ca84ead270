package org.runavm.kernel.security;

/**
 * A denied operation. Its message is exactly what the Runa {@code SecurityError} shows, e.g.
 * {@code fs read denied: /etc/passwd}: the permission and the target as the program named it (not
 * the canonical target, so a sandboxed program learns nothing about where a symlink points).
 */
public final class SecurityViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient AccessRequest request;
    private final transient Decision decision;

    public SecurityViolation(AccessRequest request, Decision decision) {
        super(message(request), null, false, false);
        this.request = request;
        this.decision = decision;
    }

    /** The message for a denial of {@code request}. */
    public static String message(AccessRequest request) {
        String name = request.permission().displayName();
        return request.target().isEmpty() ? name + " denied" : name + " denied: " + request.target();
    }

    /** What was asked. */
    public AccessRequest request() {
        return request;
    }

    /** The denying decision, with the rule that decided. */
    public Decision decision() {
        return decision;
    }
}
