package org.runavm.kernel.config;

/** {@code --log-level}: the least severe message the VM logs. Only {@code TRACE} shows Java stack traces. */
public enum LogLevel {
    ERROR, WARN, INFO, DEBUG, TRACE;

    /** The spelling on the command line. */
    public String cliName() {
        return Choices.cliName(this);
    }

    /** Parses the command-line spelling; the error names {@code option}. */
    public static LogLevel parse(String option, String text) {
        return Choices.parse(LogLevel.class, option, text);
    }
}
