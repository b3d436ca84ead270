package org.runavm.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.runavm.kernel.config.CollectorChoice;
import org.runavm.kernel.config.CompatMode;
import org.runavm.kernel.config.DistributionDefaults;
import org.runavm.kernel.config.FileSwitch;
import org.runavm.kernel.config.JitMode;
import org.runavm.kernel.config.LogLevel;
import org.runavm.kernel.config.MemoryModel;
import org.runavm.kernel.config.PermissionFlag;
import org.runavm.kernel.config.Size;
import org.runavm.kernel.config.VmConfig;

/** Every VM option, given with a value both as "--flag value" and "--flag=value", or as a switch. */
class OptionCatalogTest {
    private static final Set<String> EXERCISED = new TreeSet<>();

    static LaunchRequest parse(String... args) throws UsageException {
        return new LaunchParser(Map.of(), DistributionDefaults.STANDARD).parse(Tool.RUNAVM, args);
    }

    static Stream<Arguments> valued() {
        return Stream.of(
                arguments("memory-model", "server", get(VmConfig::memoryModel), MemoryModel.SERVER),
                arguments("gc-initial-heap", "128m", get(VmConfig::gcInitialHeap), 128 * Size.MIB),
                arguments("gc-max-heap", "1g", get(VmConfig::gcMaxHeap), Size.GIB),
                arguments("gc-young-size", "20m", get(VmConfig::gcYoungSize), 20 * Size.MIB),
                arguments("gc-collection-threshold", "70", get(VmConfig::gcCollectionThreshold), 70),
                arguments("memory-limit", "16m", get(VmConfig::memoryLimit), OptionalLong.of(16 * Size.MIB)),
                arguments("gc", "compact", get(VmConfig::collector), CollectorChoice.COMPACT),
                arguments("jit", "aggressive", get(VmConfig::jit), JitMode.AGGRESSIVE),
                arguments("jit-threshold", "500", get(VmConfig::jitThreshold), 500),
                arguments("threads", "4", get(VmConfig::threads), OptionalInt.of(4)),
                arguments("optimize", "3", get(VmConfig::optimize), 3),
                arguments("security-policy", "policy.json", get(VmConfig::securityPolicy),
                        Optional.of(Path.of("policy.json"))),
                arguments("allow-fs", "read:/data,write:/tmp/out", get(VmConfig::permissions),
                        List.of(new PermissionFlag("allow-fs", "read:/data,write:/tmp/out"))),
                arguments("allow-net", "localhost:8080", get(VmConfig::permissions),
                        List.of(new PermissionFlag("allow-net", "localhost:8080"))),
                arguments("deny-fs", "/etc", get(VmConfig::permissions), List.of(new PermissionFlag("deny-fs", "/etc"))),
                arguments("deny-net", "*.example.com", get(VmConfig::permissions),
                        List.of(new PermissionFlag("deny-net", "*.example.com"))),
                arguments("audit-log", "audit.jsonl", get(VmConfig::auditLog), Optional.of(Path.of("audit.jsonl"))),
                arguments("execution-timeout", "5000", get(VmConfig::executionTimeoutMillis), OptionalLong.of(5000)),
                arguments("instruction-limit", "1000000", get(VmConfig::instructionLimit), OptionalLong.of(1_000_000)),
                arguments("log-level", "debug", get(VmConfig::logLevel), LogLevel.DEBUG),
                arguments("load-snapshot", "app.snapshot", get(VmConfig::loadSnapshot),
                        Optional.of(Path.of("app.snapshot"))),
                arguments("compat-mode", "strict", get(VmConfig::compatMode), CompatMode.STRICT),
                arguments("monitoring-port", "8125", get(VmConfig::monitoringPort), OptionalInt.of(8125)));
    }

    @ParameterizedTest(name = "--{0} {1}")
    @MethodSource("valued")
    void valuedFlagsTakeBothSpellings(String flag, String value, Function<VmConfig, Object> getter, Object expected)
            throws UsageException {
        LaunchRequest spaced = parse("--" + flag, value, "prog.runab");
        LaunchRequest joined = parse("--" + flag + "=" + value, "prog.runab");
        assertEquals(expected, getter.apply(spaced.config()));
        assertEquals(expected, getter.apply(joined.config()));
        assertEquals(Optional.of(Path.of("prog.runab")), spaced.program());
        assertEquals(List.of(), joined.programArguments());
        EXERCISED.add(flag);
    }

    static Stream<Arguments> switches() {
        return Stream.of(
                arguments("gc-log", get(VmConfig::gcLog), true),
                arguments("no-jit", get(VmConfig::jit), JitMode.OFF),
                arguments("use-aot", get(VmConfig::useAot), true),
                arguments("sandbox", get(VmConfig::sandbox), true),
                arguments("allow-sys", get(VmConfig::permissions), List.of(new PermissionFlag("allow-sys", ""))),
                arguments("allow-user", get(VmConfig::permissions), List.of(new PermissionFlag("allow-user", ""))),
                arguments("deny-sys", get(VmConfig::permissions), List.of(new PermissionFlag("deny-sys", ""))),
                arguments("deny-user", get(VmConfig::permissions), List.of(new PermissionFlag("deny-user", ""))),
                arguments("debug", get(VmConfig::debug), true),
                arguments("validate-portability", get(VmConfig::validatePortability), true),
                arguments("embedded", get(VmConfig::embedded), true));
    }

    @ParameterizedTest(name = "--{0}")
    @MethodSource("switches")
    void switchesTakeNoValue(String flag, Function<VmConfig, Object> getter, Object expected) throws UsageException {
        LaunchRequest request = parse("--" + flag, "prog.runab", "x");
        assertEquals(expected, getter.apply(request.config()));
        assertEquals(List.of("x"), request.programArguments());
        EXERCISED.add(flag);
    }

    static Stream<Arguments> optionalValues() {
        return Stream.of(
                arguments("profile-gen", "run.profile", get(VmConfig::profileGen), FileSwitch.ON,
                        FileSwitch.of(Path.of("run.profile"))),
                arguments("profile-use", "run.profile", get(VmConfig::profileUse), FileSwitch.ON,
                        FileSwitch.of(Path.of("run.profile"))),
                arguments("profile-cpu", "cpu.json", get(VmConfig::profileCpu), FileSwitch.ON,
                        FileSwitch.of(Path.of("cpu.json"))),
                arguments("profile-memory", "heap.json", get(VmConfig::profileMemory), FileSwitch.ON,
                        FileSwitch.of(Path.of("heap.json"))),
                arguments("allow-env", "HOME,PATH", get(VmConfig::permissions),
                        List.of(new PermissionFlag("allow-env", "")), List.of(new PermissionFlag("allow-env", "HOME,PATH"))),
                arguments("allow-run", "git", get(VmConfig::permissions),
                        List.of(new PermissionFlag("allow-run", "")), List.of(new PermissionFlag("allow-run", "git"))),
                arguments("allow-ffi", "libc", get(VmConfig::permissions),
                        List.of(new PermissionFlag("allow-ffi", "")), List.of(new PermissionFlag("allow-ffi", "libc"))),
                arguments("deny-env", "SECRET", get(VmConfig::permissions),
                        List.of(new PermissionFlag("deny-env", "")), List.of(new PermissionFlag("deny-env", "SECRET"))),
                arguments("deny-run", "rm", get(VmConfig::permissions),
                        List.of(new PermissionFlag("deny-run", "")), List.of(new PermissionFlag("deny-run", "rm"))),
                arguments("deny-ffi", "libz", get(VmConfig::permissions),
                        List.of(new PermissionFlag("deny-ffi", "")), List.of(new PermissionFlag("deny-ffi", "libz"))));
    }

    @ParameterizedTest(name = "--{0}[={1}]")
    @MethodSource("optionalValues")
    void optionalValuesAreTakenOnlyAfterAnEqualsSign(String flag, String value, Function<VmConfig, Object> getter,
            Object bare, Object withValue) throws UsageException {
        LaunchRequest plain = parse("--" + flag, "prog.runab");
        assertEquals(bare, getter.apply(plain.config()));
        assertEquals(Optional.of(Path.of("prog.runab")), plain.program());
        assertEquals(withValue, getter.apply(parse("--" + flag + "=" + value, "prog.runab").config()));
        EXERCISED.add(flag);
    }

    @org.junit.jupiter.api.Test
    void snapshotFlagsTakeBothSpellings() throws UsageException {
        VmConfig spaced = parse("--create-snapshot", "app.snapshot", "--snapshot-main", "initialize", "p.runab").config();
        VmConfig joined = parse("--create-snapshot=app.snapshot", "--snapshot-main=initialize", "p.runab").config();
        for (VmConfig c : List.of(spaced, joined)) {
            assertEquals(Optional.of(Path.of("app.snapshot")), c.createSnapshot());
            assertEquals(Optional.of("initialize"), c.snapshotMain());
        }
        EXERCISED.add("create-snapshot");
        EXERCISED.add("snapshot-main");
    }

    @AfterAll
    static void everyCatalogOptionIsExercised() {
        Set<String> all = OptionCatalog.all().stream().map(VmOption::name).collect(Collectors.toCollection(TreeSet::new));
        List<String> missing = new ArrayList<>(all);
        missing.removeAll(EXERCISED);
        assertTrue(missing.isEmpty(), "options without a test: " + missing);
    }

    private static Function<VmConfig, Object> get(Function<VmConfig, ?> getter) {
        return getter::apply;
    }
}
