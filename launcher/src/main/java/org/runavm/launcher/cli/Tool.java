package org.runavm.launcher.cli;

/** The two commands the launcher implements. */
public enum Tool {
    /** {@code runavm}: runs programs, the REPL, the disassembler and the verifier. */
    RUNAVM("runavm"),
    /** {@code runa}: the compiler (and the disassembler). */
    RUNA("runa");

    private final String command;

    Tool(String command) {
        this.command = command;
    }

    /** The command name as typed. */
    public String command() {
        return command;
    }
}
