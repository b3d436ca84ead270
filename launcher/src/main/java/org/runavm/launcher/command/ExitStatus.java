package org.runavm.launcher.command;

/** The exit statuses of {@code cli.md}. */
final class ExitStatus {
    static final int SUCCESS = 0;
    static final int RUNA_ERROR = 1;
    static final int USAGE = 2;
    static final int COMPILE_ERROR = 3;
    static final int INVALID_BYTECODE = 4;
    static final int RESOURCE_LIMIT = 5;

    private ExitStatus() {
    }
}
