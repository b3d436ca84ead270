package org.runavm.launcher.command;

import java.util.ArrayList;
import java.util.List;
import org.runavm.kernel.config.CompatMode;
import org.runavm.kernel.config.VmConfig;

/**
 * Options that are part of the command line (and validated like every other) but whose feature this
 * build does not have yet. Running a program with one of them still works, so scripts written for a
 * complete RunaVM do not break; but the user is told, once per option, that it had no effect, rather
 * than left to believe a profile was written or a debugger attached.
 */
final class UnbuiltFeatures {
    private UnbuiltFeatures() {
    }

    /** One warning line per option in {@code config} that has no effect in this build. */
    static List<String> warnings(String command, VmConfig config) {
        List<String> warnings = new ArrayList<>();
        check(warnings, command, config.debug(), "--debug", "the debugger");
        check(warnings, command, config.useAot(), "--use-aot", "ahead-of-time code");
        check(warnings, command, config.createSnapshot().isPresent(), "--create-snapshot", "heap snapshots");
        check(warnings, command, config.loadSnapshot().isPresent(), "--load-snapshot", "heap snapshots");
        check(warnings, command, config.validatePortability(), "--validate-portability", "the portability check");
        check(warnings, command, config.compatMode() == CompatMode.STRICT, "--compat-mode strict", "the strict compatibility mode");
        return warnings;
    }

    private static void check(List<String> warnings, String command, boolean given, String option, String feature) {
        if (given) {
            warnings.add(command + ": warning: " + option + " has no effect: " + feature + " is not built yet");
        }
    }
}
