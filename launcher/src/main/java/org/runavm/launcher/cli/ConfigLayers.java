package org.runavm.launcher.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.runavm.kernel.config.ConfigException;
import org.runavm.kernel.config.DistributionDefaults;
import org.runavm.kernel.config.PermissionFlag;
import org.runavm.kernel.config.VmConfig;

/**
 * Merges the configuration layers into one {@link VmConfig}: for each option the value from the highest
 * layer that sets it wins (command line &gt; environment &gt; config file &gt; distribution defaults).
 * A repeatable permission flag is one option: the highest layer that gives, say, {@code allow-fs}
 * supplies all the {@code allow-fs} values; the surviving flags keep their order, lower layers first.
 * {@code embedded} chosen in any layer replaces the distribution's defaults by the embedded ones.
 */
final class ConfigLayers {
    private final DistributionDefaults distribution;
    private final List<List<Setting>> layers = new ArrayList<>();

    ConfigLayers(DistributionDefaults distribution) {
        this.distribution = distribution;
    }

    /** Adds the next layer, above those already added. */
    ConfigLayers add(List<Setting> layer) throws UsageException {
        layers.add(normalizeNoJit(layer));
        return this;
    }

    VmConfig build(Optional<Path> configFile, Optional<Path> home, List<Path> libraryPath, Set<String> gcDebug)
            throws UsageException {
        Map<String, Integer> winner = new HashMap<>();
        for (int i = 0; i < layers.size(); i++) {
            for (Setting s : layers.get(i)) {
                winner.put(s.option().name(), i);
            }
        }
        Map<String, Setting> chosen = new HashMap<>();
        List<PermissionFlag> permissions = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            for (Setting s : layers.get(i)) {
                if (winner.get(s.option().name()) != i) {
                    continue;
                }
                if (s.option().type().permission()) {
                    permissions.add(attempt(s, () -> new PermissionFlag(s.option().name(), s.value())));
                } else {
                    chosen.put(s.option().name(), s); // the last occurrence within the winning layer
                }
            }
        }
        Setting embedded = chosen.get("embedded");
        boolean embeddedProfile = embedded != null && "true".equals(embedded.value());
        VmConfig.Builder builder = (embeddedProfile ? DistributionDefaults.EMBEDDED : distribution).newBuilder();
        for (VmOption option : OptionCatalog.all()) {
            Setting s = chosen.get(option.name());
            if (s != null) {
                attempt(s, () -> {
                    option.applier().apply(builder, s.value());
                    return null;
                });
            }
        }
        builder.permissions(permissions).configFile(configFile.orElse(null)).home(home.orElse(null))
                .libraryPath(libraryPath).gcVerify(gcDebug.contains("verify")).gcStress(gcDebug.contains("stress"));
        try {
            return builder.build();
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
    }

    /** {@code no-jit} is {@code jit off}, so that precedence between layers treats them as one option. */
    private static List<Setting> normalizeNoJit(List<Setting> layer) throws UsageException {
        Setting jit = null;
        Setting noJit = null;
        List<Setting> out = new ArrayList<>();
        for (Setting s : layer) {
            switch (s.option().name()) {
                case "jit" -> jit = s;
                case "no-jit" -> noJit = s;
                default -> out.add(s);
            }
        }
        boolean off = noJit != null && "true".equals(noJit.value());
        if (off && jit != null && !jit.value().trim().equalsIgnoreCase("off")) {
            throw new UsageException(prefix(noJit, "--no-jit") + "conflicts with --jit " + jit.value());
        }
        if (off) {
            out.add(new Setting(OptionCatalog.get("jit"), "off", noJit.origin()));
        } else if (jit != null) {
            out.add(jit);
        }
        return out;
    }

    private interface Step<T> {
        T run();
    }

    private static <T> T attempt(Setting s, Step<T> step) throws UsageException {
        try {
            return step.run();
        } catch (ConfigException e) {
            throw new UsageException(s.origin().isEmpty() ? e.getMessage() : s.origin() + ": " + e.reason());
        }
    }

    private static String prefix(Setting s, String flag) {
        return s.origin().isEmpty() ? flag + ": " : s.origin() + ": ";
    }
}
