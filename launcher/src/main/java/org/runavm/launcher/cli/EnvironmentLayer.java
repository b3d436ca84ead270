package org.runavm.launcher.cli;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.Map;
import java.util.Optional;
import org.runavm.kernel.config.ConfigException;

/**
 * The {@code RUNAVM_*} environment variables of cli.md. Four of them set an option (and so sit between
 * the config file and the command line); {@code RUNAVM_CONFIG} names the config file, and
 * {@code RUNAVM_HOME} and {@code RUNAVM_LIBRARY_PATH} have no flag. An empty variable counts as unset.
 */
final class EnvironmentLayer {
    /** Variable to option, in cli.md's order. */
    static final List<Map.Entry<String, String>> OPTION_VARIABLES = List.of(
            Map.entry("RUNAVM_MEMORY_MAX", "gc-max-heap"),
            Map.entry("RUNAVM_JIT", "jit"),
            Map.entry("RUNAVM_LOG_LEVEL", "log-level"),
            Map.entry("RUNAVM_SECURITY_POLICY", "security-policy"));
    static final String CONFIG = "RUNAVM_CONFIG";
    static final String HOME = "RUNAVM_HOME";
    static final String LIBRARY_PATH = "RUNAVM_LIBRARY_PATH";
    static final String GC_DEBUG = "RUNAVM_GC_DEBUG";

    private final Map<String, String> environment;

    EnvironmentLayer(Map<String, String> environment) {
        this.environment = Map.copyOf(environment);
    }

    /** The option settings, each with the variable as its origin. */
    List<Setting> settings() {
        List<Setting> settings = new ArrayList<>();
        for (Map.Entry<String, String> entry : OPTION_VARIABLES) {
            String variable = entry.getKey();
            variable(variable).ifPresent(value -> {
                VmOption option = OptionCatalog.get(entry.getValue());
                settings.add(new Setting(option, value, variable + " (" + option.flag() + ")"));
            });
        }
        return settings;
    }

    /** {@code RUNAVM_CONFIG}. */
    Optional<String> configFile() {
        return variable(CONFIG);
    }

    /** {@code RUNAVM_HOME}. */
    Optional<Path> home() throws UsageException {
        Optional<String> home = variable(HOME);
        return home.isEmpty() ? Optional.empty() : Optional.of(path(HOME, home.get()));
    }

    /** {@code RUNAVM_LIBRARY_PATH}, split at the platform's path separator ({@code :} on Unix). */
    List<Path> libraryPath() throws UsageException {
        List<Path> dirs = new ArrayList<>();
        for (String entry : variable(LIBRARY_PATH).orElse("").split(File.pathSeparator)) {
            if (!entry.isBlank()) {
                dirs.add(path(LIBRARY_PATH, entry));
            }
        }
        return dirs;
    }

    /**
     * {@code RUNAVM_GC_DEBUG}: heap checks for finding collector and engine bugs, {@code verify}
     * (check the heap after every collection), {@code stress} (collect at every allocation) or both,
     * comma-separated.
     */
    Set<String> gcDebug() throws UsageException {
        Set<String> checks = new TreeSet<>();
        for (String item : variable(GC_DEBUG).orElse("").split(",")) {
            String check = item.trim();
            if (check.isEmpty()) {
                continue;
            }
            if (!check.equals("verify") && !check.equals("stress")) {
                throw new UsageException(GC_DEBUG + ": unknown heap check '" + check
                        + "' (expected verify, stress or both, comma-separated)");
            }
            checks.add(check);
        }
        return checks;
    }

    private Optional<String> variable(String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
    }

    private static Path path(String variable, String text) throws UsageException {
        try {
            return Values.path(variable, text);
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }
}
