package org.runavm.launcher.cli;

/** What a command line asks the launcher to do. */
public enum Action {
    /** {@code runavm [options] PROGRAM [args]}: run a {@code .runab}, or compile a {@code .runa} in memory and run it. */
    RUN,
    /** {@code runavm --interactive}: the REPL. */
    INTERACTIVE,
    /** {@code runavm --disassemble FILE} or {@code runa disassemble FILE}: print the bytecode. */
    DISASSEMBLE,
    /** {@code runavm --verify FILE}: check a bytecode file (exit 0 if valid, 4 otherwise). */
    VERIFY,
    /** {@code runa compile FILE.runa}. */
    COMPILE,
    /** {@code --help}: print {@link HelpText#of(Tool)} and exit 0. */
    HELP,
    /** {@code --version}: print {@link HelpText#version(Tool)} and exit 0. */
    VERSION
}
