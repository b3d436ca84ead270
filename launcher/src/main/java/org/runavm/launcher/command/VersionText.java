package org.runavm.launcher.command;

import org.runavm.kernel.RuntimeDescription;
import org.runavm.launcher.cli.HelpText;
import org.runavm.launcher.cli.Tool;

/**
 * The {@code --version} report: the VM version and bytecode format, the distribution, what it runs
 * (engines, collectors, modules) and every bundle with its version.
 */
final class VersionText {
    private VersionText() {
    }

    static String of(Tool tool, InstalledRuntime runtime) {
        StringBuilder out = new StringBuilder(HelpText.version(tool)).append(System.lineSeparator());
        out.append("distribution: ").append(runtime.distributionName()).append(' ')
                .append(runtime.distributionVersion()).append(System.lineSeparator());
        runtime.factory().ifPresent(factory -> {
            RuntimeDescription description = factory.describe();
            line(out, "engines", String.join(", ", description.engines()));
            line(out, "tiers", description.tiers().isEmpty() ? "none" : String.join(", ", description.tiers()));
            line(out, "collectors", String.join(", ", description.collectors()));
            StringBuilder modules = new StringBuilder();
            description.modules().forEach((name, version) ->
                    modules.append(modules.isEmpty() ? "" : ", ").append(name).append(' ').append(version));
            line(out, "modules", modules.isEmpty() ? "none" : modules.toString());
        });
        out.append("bundles:");
        for (String bundle : runtime.bundles()) {
            out.append(System.lineSeparator()).append("  ").append(bundle);
        }
        return out.toString();
    }

    private static void line(StringBuilder out, String label, String value) {
        out.append(label).append(": ").append(value).append(System.lineSeparator());
    }
}
