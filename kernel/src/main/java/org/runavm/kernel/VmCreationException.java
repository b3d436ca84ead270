package org.runavm.kernel;

/**
 * A VM cannot be created as configured (a missing collector, an invalid policy file). The message is
 * one line naming the option or file at fault; the command line exits with status 2.
 */
public class VmCreationException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public VmCreationException(String message) {
        super(message);
    }

    public VmCreationException(String message, Throwable cause) {
        super(message, cause);
    }
}
