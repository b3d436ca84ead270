package org.runavm.kernel.config;

/**
 * A configuration value that is malformed, out of range or contradicts another one. The message is
 * one line that starts with the flag concerned, e.g.
 * {@code --gc-max-heap: invalid size '12x' (expected a number with an optional k, m or g suffix, e.g. 128m)}.
 */
public final class ConfigException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String option;
    private final String reason;

    /**
     * @param option the flag as typed on the command line, with its dashes ({@code --gc-max-heap})
     * @param reason what is wrong, without the flag
     */
    public ConfigException(String option, String reason) {
        super(option + ": " + reason);
        this.option = option;
        this.reason = reason;
    }

    /** The flag concerned, with its leading dashes. */
    public String option() {
        return option;
    }

    /** What is wrong, without the flag name. */
    public String reason() {
        return reason;
    }
}
