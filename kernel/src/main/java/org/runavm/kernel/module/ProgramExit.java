package org.runavm.kernel.module;

/**
 * Thrown by a native function to end the program at once with {@link #status()} ({@code system.exit}).
 * Engines unwind every frame (running {@code Finally} blocks is not done: like a process exit) and
 * report the status; Runa code cannot catch it.
 */
public final class ProgramExit extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final int status;

    public ProgramExit(int status) {
        super("exit " + status, null, false, false);
        this.status = status;
    }

    public int status() {
        return status;
    }
}
