package org.runavm.security.internal.path;

/** A path that has no canonical form: malformed, or a symbolic link loop. */
public final class UnresolvablePathException extends Exception {

    private static final long serialVersionUID = 1L;

    public UnresolvablePathException(String reason) {
        super(reason, null, false, false);
    }
}
