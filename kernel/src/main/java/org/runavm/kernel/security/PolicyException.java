package org.runavm.kernel.security;

/**
 * An invalid security configuration: a malformed permission flag, an unreadable or invalid policy
 * file, an invalid rule. The message is one line naming where the problem is, e.g.
 * {@code policy.json: $.permissions.filesystem.allow[0].acess: unknown key (did you mean "access"?)}
 * or {@code --allow-net=localhost:99999: port 99999 is out of range (0-65535)}.
 */
public final class PolicyException extends Exception {

    private static final long serialVersionUID = 1L;

    public PolicyException(String message) {
        super(message);
    }

    public PolicyException(String message, Throwable cause) {
        super(message, cause);
    }
}
