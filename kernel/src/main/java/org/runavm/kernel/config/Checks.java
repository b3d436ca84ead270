package org.runavm.kernel.config;

/** Range and shape checks whose errors name the option. */
final class Checks {
    private Checks() {
    }

    static long range(String option, long value, long min, long max) {
        if (value < min || value > max) {
            String bounds = max == Long.MAX_VALUE || max == Integer.MAX_VALUE
                    ? "at least " + min : "from " + min + " to " + max;
            throw new ConfigException(option, "value " + value + " is out of range (expected " + bounds + ")");
        }
        return value;
    }

    static long positive(String option, long bytes) {
        if (bytes <= 0) {
            throw new ConfigException(option, "size must be larger than 0 (got " + bytes + ")");
        }
        return bytes;
    }

    /** A Runa process name: a letter or underscore, then letters, digits or underscores. */
    static String name(String option, String text) {
        boolean ok = !text.isEmpty() && (Character.isLetter(text.charAt(0)) || text.charAt(0) == '_')
                && text.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
        if (!ok) {
            throw new ConfigException(option, "invalid process name '" + text + "'");
        }
        return text;
    }
}
