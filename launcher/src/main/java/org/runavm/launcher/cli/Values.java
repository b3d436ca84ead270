package org.runavm.launcher.cli;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.runavm.kernel.config.ConfigException;
import org.runavm.kernel.config.FileSwitch;

/** Converts raw option text to typed values; every error names the flag. */
final class Values {
    private Values() {
    }

    static long integer(String option, String text) {
        try {
            return Long.parseLong(text.trim());
        } catch (NumberFormatException e) {
            throw new ConfigException(option, "invalid number '" + text + "'");
        }
    }

    static int intValue(String option, String text) {
        long value = integer(option, text);
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw new ConfigException(option, "value " + value + " is out of range");
        }
        return (int) value;
    }

    static Path path(String option, String text) {
        if (text.isBlank()) {
            throw new ConfigException(option, "needs a file name");
        }
        try {
            return Path.of(text);
        } catch (InvalidPathException e) {
            throw new ConfigException(option, "invalid file name '" + text + "'");
        }
    }

    /** {@code null}: off; empty: on with the default file; otherwise on with that file. */
    static FileSwitch fileSwitch(String option, String text) {
        if (text == null) {
            return FileSwitch.OFF;
        }
        return text.isEmpty() ? FileSwitch.ON : FileSwitch.of(path(option, text));
    }

    static boolean bool(String option, String text) {
        return switch (text) {
            case "true" -> true;
            case "false" -> false;
            default -> throw new ConfigException(option, "expected true or false, got '" + text + "'");
        };
    }
}
