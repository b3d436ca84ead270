package org.runavm.kernel.config;

/** {@code --gc}: which collector bundle manages the heap. */
public enum CollectorChoice {
    /** Copying nursery plus a mature space (the {@code gc-generational} bundle). */
    GENERATIONAL,
    /** One space, sliding mark-compact; the smallest overhead (the {@code gc-compact} bundle). */
    COMPACT;

    /** The spelling on the command line. */
    public String cliName() {
        return Choices.cliName(this);
    }

    /** Parses the command-line spelling; the error names {@code option}. */
    public static CollectorChoice parse(String option, String text) {
        return Choices.parse(CollectorChoice.class, option, text);
    }
}
