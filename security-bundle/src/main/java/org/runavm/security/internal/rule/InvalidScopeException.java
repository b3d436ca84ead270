package org.runavm.security.internal.rule;

/** A rule scope or request target that does not parse; the message says why, without the location. */
public final class InvalidScopeException extends Exception {

    private static final long serialVersionUID = 1L;

    public InvalidScopeException(String reason) {
        super(reason, null, false, false);
    }
}
