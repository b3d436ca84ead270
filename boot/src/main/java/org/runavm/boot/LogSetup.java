package org.runavm.boot;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Configures the SLF4J binding before anything logs. The binding reads its settings once, when the
 * first logger is made, which happens while the framework boots, long before the launcher bundle
 * parses the command line; so the level given by {@code --log-level} or {@code RUNAVM_LOG_LEVEL} is
 * picked out of the arguments here. The launcher validates the same flag properly and rejects a bad
 * value; an invalid level is simply not applied here.
 */
final class LogSetup {
    static final Set<String> LEVELS = Set.of("error", "warn", "info", "debug", "trace");
    private static final String PREFIX = "org.slf4j.simpleLogger.";

    private LogSetup() {
    }

    /** The log level named by the arguments (the command line wins) or the environment, else "warn". */
    static String level(String[] args, Map<String, String> env) {
        String level = null;
        String fromEnv = env.get("RUNAVM_LOG_LEVEL");
        if (fromEnv != null && LEVELS.contains(fromEnv.toLowerCase(Locale.ROOT))) {
            level = fromEnv.toLowerCase(Locale.ROOT);
        }
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            if (isProgram(arg)) {
                break; // what follows the program belongs to the program
            }
            String value = null;
            if (arg.startsWith("--log-level=")) {
                value = arg.substring("--log-level=".length());
            } else if (arg.equals("--log-level") && i + 1 < args.length) {
                value = args[++i];
            }
            if (value != null && LEVELS.contains(value.toLowerCase(Locale.ROOT))) {
                level = value.toLowerCase(Locale.ROOT);
            }
        }
        return level == null ? "warn" : level;
    }

    private static boolean isProgram(String arg) {
        return !arg.startsWith("-") && (arg.endsWith(".runa") || arg.endsWith(".runab"));
    }

    /** Applies the level and the output format; explicit system properties set by an embedder win. */
    static void configure(String level) {
        setDefault(PREFIX + "defaultLogLevel", level);
        setDefault(PREFIX + "logFile", "System.err");
        setDefault(PREFIX + "showThreadName", "false");
        setDefault(PREFIX + "showShortLogName", "true");
        setDefault(PREFIX + "levelInBrackets", "true");
    }

    private static void setDefault(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }
}
