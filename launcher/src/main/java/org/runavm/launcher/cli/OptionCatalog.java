package org.runavm.launcher.cli;

import static org.runavm.launcher.cli.OptionGroup.DEBUGGING;
import static org.runavm.launcher.cli.OptionGroup.DEPLOYMENT;
import static org.runavm.launcher.cli.OptionGroup.MEMORY;
import static org.runavm.launcher.cli.OptionGroup.PERFORMANCE;
import static org.runavm.launcher.cli.OptionGroup.PORTABILITY;
import static org.runavm.launcher.cli.OptionGroup.SECURITY;
import static org.runavm.launcher.cli.OptionGroup.STARTUP;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.runavm.kernel.config.CollectorChoice;
import org.runavm.kernel.config.CompatMode;
import org.runavm.kernel.config.JitMode;
import org.runavm.kernel.config.LogLevel;
import org.runavm.kernel.config.MemoryModel;
import org.runavm.kernel.config.PermissionFlag;
import org.runavm.kernel.config.Size;

/**
 * Every VM option of {@code runavm}, in cli.md's order. The one table the command line, the config
 * file, the environment and {@code --help} are all derived from, so they cannot disagree.
 */
final class OptionCatalog {
    private static final Map<String, VmOption> OPTIONS = new LinkedHashMap<>();

    static {
        add(MEMORY, "memory-model", ValueType.CHOICE, "MODEL", "Memory model: standard (16m initial, 256m "
                + "maximum heap), constrained (2m/32m, compact collector), server (64m/1g) or custom (no built-in "
                + "size: give --gc-max-heap or --memory-limit). Default: standard.",
                (b, v) -> b.memoryModel(MemoryModel.parse("--memory-model", v)));
        add(MEMORY, "gc-initial-heap", ValueType.SIZE, "SIZE", "Initial heap size, e.g. 128m. Default: the "
                + "memory model's, capped by the maximum heap.",
                (b, v) -> b.gcInitialHeap(Size.parse("--gc-initial-heap", v)));
        add(MEMORY, "gc-max-heap", ValueType.SIZE, "SIZE", "Maximum heap size, e.g. 1g; allocating beyond it "
                + "raises OutOfMemoryError in the program.",
                (b, v) -> b.gcMaxHeap(Size.parse("--gc-max-heap", v)));
        add(MEMORY, "gc-young-size", ValueType.SIZE, "SIZE", "Young generation size; must be smaller than the "
                + "maximum heap.", (b, v) -> b.gcYoungSize(Size.parse("--gc-young-size", v)));
        add(MEMORY, "gc-collection-threshold", ValueType.INTEGER, "PERCENT", "How full the heap gets (1-100 "
                + "percent of the room above the data the last full collection kept) before a full collection; "
                + "lower keeps less memory, higher collects less often. Default: 80.",
                (b, v) -> b.gcCollectionThreshold(Values.intValue("--gc-collection-threshold", v)));
        add(MEMORY, "memory-limit", ValueType.SIZE, "SIZE", "Memory limit; the maximum heap is the smaller of "
                + "this and --gc-max-heap.", (b, v) -> b.memoryLimit(Size.parse("--memory-limit", v)));
        add(MEMORY, "gc-log", ValueType.FLAG, "", "Write a line per garbage collection to standard error: "
                + "[gc] #N minor|full (COLLECTOR): BEFORE -> AFTER of MAX, PAUSE ms.",
                (b, v) -> b.gcLog(Values.bool("--gc-log", v)));
        add(MEMORY, "gc", ValueType.CHOICE, "COLLECTOR", "Collector: generational or compact. Default: the "
                + "memory model's.", (b, v) -> b.collector(CollectorChoice.parse("--gc", v)));

        add(PERFORMANCE, "jit", ValueType.CHOICE, "MODE", "JIT compilation of hot functions to JVM "
                + "code: off, on (in the background) or aggressive (a tenth of the threshold, compiled at once). "
                + "Default: on.",
                (b, v) -> b.jit(JitMode.parse("--jit", v)));
        add(PERFORMANCE, "no-jit", ValueType.FLAG, "", "Same as --jit off.", (b, v) -> {
            if (Values.bool("--no-jit", v)) {
                b.jit(JitMode.OFF);
            }
        });
        add(PERFORMANCE, "jit-threshold", ValueType.INTEGER, "N", "Calls plus loop iterations after which a "
                + "function is JIT-compiled. Default: 1000.",
                (b, v) -> b.jitThreshold(Values.intValue("--jit-threshold", v)));
        add(PERFORMANCE, "threads", ValueType.INTEGER, "N", "How many tasks and actors run Runa code at once "
                + "(1-4096); the program's own thread is not counted. Default: the number of processors.", (b, v) -> b.threads(Values.intValue("--threads", v)));
        add(PERFORMANCE, "optimize", ValueType.INTEGER, "LEVEL", "Optimization level 0-3 for code compiled from "
                + "source. Default: 2.", (b, v) -> b.optimize(Values.intValue("--optimize", v)));
        add(PERFORMANCE, "use-aot", ValueType.FLAG, "", "Load the ahead-of-time code made by runa compile --aot.",
                (b, v) -> b.useAot(Values.bool("--use-aot", v)));
        add(PERFORMANCE, "profile-gen", ValueType.OPTIONAL_FILE, "FILE", "When the run ends, record which "
                + "functions were hot, for --profile-use (to FILE if given, else to the program's source path "
                + "plus .profile).",
                (b, v) -> b.profileGen(Values.fileSwitch("--profile-gen", v)));
        add(PERFORMANCE, "profile-use", ValueType.OPTIONAL_FILE, "FILE", "Have the JIT compile the functions a "
                + "--profile-gen profile found hot as soon as the program starts (from FILE if given, else from "
                + "the program's source path plus .profile).",
                (b, v) -> b.profileUse(Values.fileSwitch("--profile-use", v)));

        add(SECURITY, "sandbox", ValueType.FLAG, "", "Deny every permission not granted by an --allow flag or "
                + "the security policy.", (b, v) -> b.sandbox(Values.bool("--sandbox", v)));
        add(SECURITY, "security-policy", ValueType.FILE, "FILE", "Load a JSON security policy.",
                (b, v) -> b.securityPolicy(Values.path("--security-policy", v)));
        addPermissions();
        add(SECURITY, "audit-log", ValueType.FILE, "FILE", "Write one JSON line per security decision to FILE.",
                (b, v) -> b.auditLog(Values.path("--audit-log", v)));
        add(SECURITY, "execution-timeout", ValueType.INTEGER, "MS", "Raise TimeoutError in the program after MS "
                + "milliseconds.", (b, v) -> b.executionTimeoutMillis(Values.integer("--execution-timeout", v)));
        add(SECURITY, "instruction-limit", ValueType.INTEGER, "N", "Raise TimeoutError in the program after N "
                + "instructions.", (b, v) -> b.instructionLimit(Values.integer("--instruction-limit", v)));

        add(DEBUGGING, "debug", ValueType.FLAG, "", "Run under the interactive debugger.",
                (b, v) -> b.debug(Values.bool("--debug", v)));
        add(DEBUGGING, "log-level", ValueType.CHOICE, "LEVEL", "error, warn, info, debug or trace. Default: warn. "
                + "Only trace shows Java stack traces.", (b, v) -> b.logLevel(LogLevel.parse("--log-level", v)));
        add(DEBUGGING, "profile-cpu", ValueType.OPTIONAL_FILE, "FILE", "Sample the Runa call stacks every "
                + "millisecond; when the program ends, report each process's share: JSON in FILE if given, else a "
                + "table on standard error.",
                (b, v) -> b.profileCpu(Values.fileSwitch("--profile-cpu", v)));
        add(DEBUGGING, "profile-memory", ValueType.OPTIONAL_FILE, "FILE", "When the program ends, report the largest "
                + "set of live objects it held, by type: JSON in FILE if given (e.g. heap.json), else a table on "
                + "standard error.", (b, v) -> b.profileMemory(Values.fileSwitch("--profile-memory", v)));

        add(STARTUP, "create-snapshot", ValueType.FILE, "FILE", "Save a startup snapshot of the heap to FILE "
                + "(needs --snapshot-main).", (b, v) -> b.createSnapshot(Values.path("--create-snapshot", v)));
        add(STARTUP, "snapshot-main", ValueType.NAME, "PROCESS", "The process run before the snapshot is saved.",
                (b, v) -> b.snapshotMain(v));
        add(STARTUP, "load-snapshot", ValueType.FILE, "FILE", "Start from a snapshot saved by --create-snapshot.",
                (b, v) -> b.loadSnapshot(Values.path("--load-snapshot", v)));

        add(PORTABILITY, "compat-mode", ValueType.CHOICE, "MODE", "standard or strict (portable behaviour only). "
                + "Default: standard.", (b, v) -> b.compatMode(CompatMode.parse("--compat-mode", v)));
        add(PORTABILITY, "validate-portability", ValueType.FLAG, "", "Report platform-specific code in the "
                + "program.", (b, v) -> b.validatePortability(Values.bool("--validate-portability", v)));

        add(DEPLOYMENT, "embedded", ValueType.FLAG, "", "Embedded profile: sandbox on, constrained memory model, "
                + "compact collector and a 16m heap unless set otherwise.",
                (b, v) -> b.embedded(Values.bool("--embedded", v)));
        add(DEPLOYMENT, "monitoring-port", ValueType.INTEGER, "PORT", "Serve metrics (Prometheus text, /metrics) "
                + "and health (JSON, /health) over HTTP on PORT (1-65535) of the loopback interface.", (b, v) -> b.monitoringPort(Values.intValue("--monitoring-port", v)));
    }

    private OptionCatalog() {
    }

    private static void addPermissions() {
        for (String flag : PermissionFlag.flagNames()) {
            String family = flag.substring(flag.indexOf('-') + 1);
            String verb = flag.startsWith("allow-") ? "Grant" : "Deny";
            VmOption option = switch (family) {
                case "fs" -> permission(flag, ValueType.PERMISSION_SPEC, "SPEC", verb + " file access: read:PATH, "
                        + "write:PATH or PATH (both); comma-separated.");
                case "net" -> permission(flag, ValueType.PERMISSION_SPEC, "SPEC", verb + " network access: "
                        + "HOST[:PORT|:LOW-HIGH]; comma-separated.");
                case "env" -> permission(flag, ValueType.PERMISSION_LIST, "NAME,...", verb + " reading environment "
                        + "variables (all, or the named ones).");
                case "run" -> permission(flag, ValueType.PERMISSION_LIST, "PROGRAM,...", verb + " starting processes "
                        + "(any program, or the named ones).");
                case "ffi" -> permission(flag, ValueType.PERMISSION_LIST, "LIBRARY,...", verb + " foreign function "
                        + "calls (any library, or the named ones).");
                case "sys" -> permission(flag, ValueType.PERMISSION_SWITCH, "", verb + " system information (os, "
                        + "cpu, hostname ...).");
                case "user" -> permission(flag, ValueType.PERMISSION_SWITCH, "", verb + " user information (user "
                        + "name, home directory).");
                default -> throw new IllegalStateException("no help text for --" + flag);
            };
            OPTIONS.put(option.name(), option);
        }
    }

    private static VmOption permission(String flag, ValueType type, String label, String description) {
        return new VmOption(flag, SECURITY, type, label, description, null);
    }

    private static void add(OptionGroup group, String name, ValueType type, String label, String description,
            VmOption.Applier applier) {
        OPTIONS.put(name, new VmOption(name, group, type, label, description, applier));
    }

    /** Every option, in help order. */
    static List<VmOption> all() {
        return new ArrayList<>(OPTIONS.values());
    }

    /** The option named {@code name} (no dashes). */
    static Optional<VmOption> find(String name) {
        return Optional.ofNullable(OPTIONS.get(name));
    }

    static VmOption get(String name) {
        return find(name).orElseThrow(() -> new IllegalArgumentException("no option " + name));
    }
}
