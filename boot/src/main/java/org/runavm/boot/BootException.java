package org.runavm.boot;

/**
 * A failure to start a distribution, with the exit status the process should end with. Its message is
 * shown to the user as is, so it names what went wrong and where.
 */
public final class BootException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitStatus;

    public BootException(String message, int exitStatus) {
        super(message);
        this.exitStatus = exitStatus;
    }

    public BootException(String message, int exitStatus, Throwable cause) {
        super(message, cause);
        this.exitStatus = exitStatus;
    }

    public int exitStatus() {
        return exitStatus;
    }
}
