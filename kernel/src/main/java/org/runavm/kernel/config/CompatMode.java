package org.runavm.kernel.config;

/** {@code --compat-mode}: how strictly platform-dependent behaviour is held to the portable subset. */
public enum CompatMode {
    /** The default: the platform's behaviour is used where the language leaves it open. */
    STANDARD,
    /** {@code --compat-mode strict}: the portable behaviour everywhere. */
    STRICT;

    /** The spelling on the command line. */
    public String cliName() {
        return Choices.cliName(this);
    }

    /** Parses the command-line spelling; the error names {@code option}. */
    public static CompatMode parse(String option, String text) {
        return Choices.parse(CompatMode.class, option, text);
    }
}
