package org.runavm.launcher.command;

/** Ends a command with a message for standard error and an exit status. */
final class CommandFailure extends Exception {
    private static final long serialVersionUID = 1L;
    private final int exitStatus;

    CommandFailure(String message, int exitStatus) {
        super(message, null, false, false);
        this.exitStatus = exitStatus;
    }

    int exitStatus() {
        return exitStatus;
    }
}
