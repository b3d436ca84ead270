package org.runavm.kernel.config;

/** {@code --jit off|on|aggressive}: whether and how eagerly hot code is compiled to JVM bytecode. */
public enum JitMode {
    /** Interpret only ({@code --jit off} or {@code --no-jit}). */
    OFF,
    /** Tiered compilation of functions that reach the JIT threshold (the default). */
    ON,
    /** Compile earlier and specialise more, trading compile time for peak speed. */
    AGGRESSIVE;

    /** The spelling on the command line. */
    public String cliName() {
        return Choices.cliName(this);
    }

    /** Parses the command-line spelling; the error names {@code option}. */
    public static JitMode parse(String option, String text) {
        return Choices.parse(JitMode.class, option, text);
    }
}
