package org.runavm.launcher.command;

import java.util.Locale;
import org.runavm.kernel.config.LogLevel;

/**
 * Applies the configured log level to the loggers made from now on. The boot launcher set the level
 * from the command line and environment before the framework started; a level from a {@code --config}
 * file is only known now, and the logging binding reads per-logger levels from system properties when
 * a logger is first made, which for the VM's own loggers is after this point.
 */
final class LogLevels {
    private static final String KEY = "org.slf4j.simpleLogger.log.org.runavm";

    private LogLevels() {
    }

    static void apply(LogLevel level) {
        System.setProperty(KEY, level.name().toLowerCase(Locale.ROOT));
    }
}
