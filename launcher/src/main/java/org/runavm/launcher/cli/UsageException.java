package org.runavm.launcher.cli;

/**
 * A command line or configuration the launcher cannot use: unknown flag, missing value, bad size,
 * value or range, missing program, unreadable or malformed config file. The message is one line that
 * names the flag (or the file and key); the process exits with {@link #EXIT_STATUS}.
 */
public final class UsageException extends Exception {
    /** cli.md: "bad command line or configuration". */
    public static final int EXIT_STATUS = 2;
    private static final long serialVersionUID = 1L;

    public UsageException(String message) {
        super(message);
    }

    /** Always {@value #EXIT_STATUS}. */
    public int exitStatus() {
        return EXIT_STATUS;
    }
}
