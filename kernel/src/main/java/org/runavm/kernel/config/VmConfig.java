package org.runavm.kernel.config;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Every option of the {@code runavm} command line ({@code spec/cli.md}) as typed, validated values for
 * one VM instance. Immutable; made by {@link Builder}, which checks ranges as values are set and
 * combinations in {@link Builder#build()}.
 *
 * <p>Defaults (what {@link #builder()} starts from): memory model {@code standard} (heap 16m initial,
 * 256m maximum, 16m young; see {@link MemoryModel}), the model's collector, collection threshold 80%,
 * JIT {@code on} with threshold 1000, worker threads chosen by the scheduler (empty), optimisation
 * level 2, log level {@code warn}, compatibility mode {@code standard}, no sandbox, no limits, and every
 * other switch off. A distribution supplies its own defaults through {@link DistributionDefaults}.
 */
public final class VmConfig {
    /** Default {@code --gc-collection-threshold}, percent of the heap in use that starts a collection. */
    public static final int DEFAULT_COLLECTION_THRESHOLD = 80;
    /** Default {@code --jit-threshold}: calls plus loop back-edges before a function is compiled. */
    public static final int DEFAULT_JIT_THRESHOLD = 1000;
    /** Default {@code --optimize} level. */
    public static final int DEFAULT_OPTIMIZE = 2;
    /** The largest {@code --threads} value accepted. */
    public static final int MAX_THREADS = 4096;

    private final Optional<Path> configFile;
    private final MemoryModel memoryModel;
    private final HeapSizes heap;
    private final int gcCollectionThreshold;
    private final OptionalLong memoryLimit;
    private final boolean gcLog;
    private final CollectorChoice collector;
    private final JitMode jit;
    private final int jitThreshold;
    private final OptionalInt threads;
    private final int optimize;
    private final boolean useAot;
    private final FileSwitch profileGen;
    private final FileSwitch profileUse;
    private final boolean sandbox;
    private final Optional<Path> securityPolicy;
    private final List<PermissionFlag> permissions;
    private final Optional<Path> auditLog;
    private final OptionalLong executionTimeoutMillis;
    private final OptionalLong instructionLimit;
    private final boolean debug;
    private final LogLevel logLevel;
    private final FileSwitch profileCpu;
    private final FileSwitch profileMemory;
    private final Optional<Path> createSnapshot;
    private final Optional<String> snapshotMain;
    private final Optional<Path> loadSnapshot;
    private final CompatMode compatMode;
    private final boolean validatePortability;
    private final boolean embedded;
    private final OptionalInt monitoringPort;
    private final Optional<Path> home;
    private final List<Path> libraryPath;
    private final boolean gcVerify;
    private final boolean gcStress;

    private VmConfig(Builder b, HeapSizes heap, boolean sandbox) {
        this.configFile = Optional.ofNullable(b.configFile);
        this.memoryModel = b.memoryModel;
        this.heap = heap;
        this.gcCollectionThreshold = b.gcCollectionThreshold;
        this.memoryLimit = b.memoryLimit == null ? OptionalLong.empty() : OptionalLong.of(b.memoryLimit);
        this.gcLog = b.gcLog;
        this.collector = b.collector != null ? b.collector : b.memoryModel.defaultCollector();
        this.jit = b.jit;
        this.jitThreshold = b.jitThreshold;
        this.threads = b.threads == null ? OptionalInt.empty() : OptionalInt.of(b.threads);
        this.optimize = b.optimize;
        this.useAot = b.useAot;
        this.profileGen = b.profileGen;
        this.profileUse = b.profileUse;
        this.sandbox = sandbox;
        this.securityPolicy = Optional.ofNullable(b.securityPolicy);
        this.permissions = List.copyOf(b.permissions);
        this.auditLog = Optional.ofNullable(b.auditLog);
        this.executionTimeoutMillis = b.executionTimeout == null ? OptionalLong.empty()
                : OptionalLong.of(b.executionTimeout);
        this.instructionLimit = b.instructionLimit == null ? OptionalLong.empty()
                : OptionalLong.of(b.instructionLimit);
        this.debug = b.debug;
        this.logLevel = b.logLevel;
        this.profileCpu = b.profileCpu;
        this.profileMemory = b.profileMemory;
        this.createSnapshot = Optional.ofNullable(b.createSnapshot);
        this.snapshotMain = Optional.ofNullable(b.snapshotMain);
        this.loadSnapshot = Optional.ofNullable(b.loadSnapshot);
        this.compatMode = b.compatMode;
        this.validatePortability = b.validatePortability;
        this.embedded = b.embedded;
        this.monitoringPort = b.monitoringPort == null ? OptionalInt.empty() : OptionalInt.of(b.monitoringPort);
        this.home = Optional.ofNullable(b.home);
        this.libraryPath = List.copyOf(b.libraryPath);
        this.gcVerify = b.gcVerify;
        this.gcStress = b.gcStress;
    }

    /** A builder holding the built-in defaults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The configuration of all defaults. */
    public static VmConfig defaults() {
        return builder().build();
    }

    /** {@code --config FILE} (or {@code RUNAVM_CONFIG}): the JSON file the options were read from. */
    public Optional<Path> configFile() { return configFile; }

    /** {@code --memory-model}. */
    public MemoryModel memoryModel() { return memoryModel; }

    /** {@code --gc-initial-heap} in bytes, or the memory model's default capped by the maximum. */
    public long gcInitialHeap() { return heap.initial(); }

    /**
     * The maximum heap in bytes: the smaller of {@code --gc-max-heap} and {@code --memory-limit}; with
     * neither, the memory model's default. Allocation beyond it raises the program's OutOfMemoryError.
     */
    public long gcMaxHeap() { return heap.max(); }

    /** {@code --gc-young-size} in bytes, or the model's default capped at a quarter of the maximum. */
    public long gcYoungSize() { return heap.young(); }

    /** {@code --gc-collection-threshold}: percent (1-100) of the heap in use that starts a collection. */
    public int gcCollectionThreshold() { return gcCollectionThreshold; }

    /** {@code --memory-limit} in bytes, if given. */
    public OptionalLong memoryLimit() { return memoryLimit; }

    /** {@code --gc-log}: log every collection. */
    public boolean gcLog() { return gcLog; }

    /** {@code --gc}, or the memory model's collector. */
    public CollectorChoice collector() { return collector; }

    /** {@code --jit} ({@code --no-jit} is {@link JitMode#OFF}). */
    public JitMode jit() { return jit; }

    /** {@code --jit-threshold}: calls plus loop back-edges before a function is compiled (at least 1). */
    public int jitThreshold() { return jitThreshold; }

    /** {@code --threads}: worker threads (1 to {@value #MAX_THREADS}); empty means the scheduler decides. */
    public OptionalInt threads() { return threads; }

    /** {@code --optimize}: 0 to 3. */
    public int optimize() { return optimize; }

    /** {@code --use-aot}: load ahead-of-time compiled code produced by {@code runa compile --aot}. */
    public boolean useAot() { return useAot; }

    /** {@code --profile-gen[=FILE]}: record an execution profile. */
    public FileSwitch profileGen() { return profileGen; }

    /** {@code --profile-use[=FILE]}: optimise with a recorded execution profile. */
    public FileSwitch profileUse() { return profileUse; }

    /** {@code --sandbox}, also on with {@code --embedded}: deny every permission not granted. */
    public boolean sandbox() { return sandbox; }

    /** {@code --security-policy FILE} (or {@code RUNAVM_SECURITY_POLICY}). */
    public Optional<Path> securityPolicy() { return securityPolicy; }

    /** The {@code --allow-*} and {@code --deny-*} flags, raw and in order. */
    public List<PermissionFlag> permissions() { return permissions; }

    /** {@code --audit-log FILE}: one JSON line per security decision. */
    public Optional<Path> auditLog() { return auditLog; }

    /** {@code --execution-timeout MS}. */
    public OptionalLong executionTimeoutMillis() { return executionTimeoutMillis; }

    /** {@code --instruction-limit N}. */
    public OptionalLong instructionLimit() { return instructionLimit; }

    /** {@code --debug}: start the debugger. */
    public boolean debug() { return debug; }

    /** {@code --log-level} (or {@code RUNAVM_LOG_LEVEL}). */
    public LogLevel logLevel() { return logLevel; }

    /** {@code --profile-cpu[=FILE]}. */
    public FileSwitch profileCpu() { return profileCpu; }

    /** {@code --profile-memory[=FILE]}. */
    public FileSwitch profileMemory() { return profileMemory; }

    /** {@code --create-snapshot FILE}. */
    public Optional<Path> createSnapshot() { return createSnapshot; }

    /** {@code --snapshot-main PROCESS}: the process run before the snapshot is taken. */
    public Optional<String> snapshotMain() { return snapshotMain; }

    /** {@code --load-snapshot FILE}. */
    public Optional<Path> loadSnapshot() { return loadSnapshot; }

    /** {@code --compat-mode}. */
    public CompatMode compatMode() { return compatMode; }

    /** {@code --validate-portability}. */
    public boolean validatePortability() { return validatePortability; }

    /** {@code --embedded}: the embedded profile (implies the sandbox). */
    public boolean embedded() { return embedded; }

    /** {@code --monitoring-port PORT} (1-65535). */
    public OptionalInt monitoringPort() { return monitoringPort; }

    /** {@code RUNAVM_HOME}: the installation directory. */
    public Optional<Path> home() { return home; }

    /** {@code RUNAVM_LIBRARY_PATH}: directories searched for modules, in order. */
    public List<Path> libraryPath() { return libraryPath; }
    /** Heap checking: verify the whole heap after every collection ({@code RUNAVM_GC_DEBUG=verify}). */
    public boolean gcVerify() { return gcVerify; }
    /** Heap stress: collect at every allocation ({@code RUNAVM_GC_DEBUG=stress}); very slow, for testing. */
    public boolean gcStress() { return gcStress; }

    @Override
    public String toString() {
        return "VmConfig[model=" + memoryModel.cliName() + ", heap=" + Size.format(gcInitialHeap()) + ".."
                + Size.format(gcMaxHeap()) + ", young=" + Size.format(gcYoungSize()) + ", gc="
                + collector.cliName() + ", jit=" + jit.cliName() + ", sandbox=" + sandbox
                + ", permissions=" + permissions + ", logLevel=" + logLevel.cliName() + "]";
    }

    /**
     * Collects options and validates them. Setters reject an out-of-range value at once; {@link #build()}
     * resolves defaults and rejects contradictions. Setting an option again replaces the earlier value,
     * which is how layers (defaults, config file, environment, command line) override each other.
     */
    public static final class Builder {
        private Path configFile;
        private MemoryModel memoryModel = MemoryModel.STANDARD;
        private Long gcInitialHeap;
        private Long gcMaxHeap;
        private Long gcYoungSize;
        private int gcCollectionThreshold = DEFAULT_COLLECTION_THRESHOLD;
        private Long memoryLimit;
        private boolean gcVerify;
        private boolean gcStress;
        private boolean gcLog;
        private CollectorChoice collector;
        private JitMode jit = JitMode.ON;
        private int jitThreshold = DEFAULT_JIT_THRESHOLD;
        private Integer threads;
        private int optimize = DEFAULT_OPTIMIZE;
        private boolean useAot;
        private FileSwitch profileGen = FileSwitch.OFF;
        private FileSwitch profileUse = FileSwitch.OFF;
        private Boolean sandbox;
        private Path securityPolicy;
        private final List<PermissionFlag> permissions = new ArrayList<>();
        private Path auditLog;
        private Long executionTimeout;
        private Long instructionLimit;
        private boolean debug;
        private LogLevel logLevel = LogLevel.WARN;
        private FileSwitch profileCpu = FileSwitch.OFF;
        private FileSwitch profileMemory = FileSwitch.OFF;
        private Path createSnapshot;
        private String snapshotMain;
        private Path loadSnapshot;
        private CompatMode compatMode = CompatMode.STANDARD;
        private boolean validatePortability;
        private boolean embedded;
        private Integer monitoringPort;
        private Path home;
        private final List<Path> libraryPath = new ArrayList<>();

        private Builder() {
        }

        public Builder configFile(Path file) { this.configFile = file; return this; }

        public Builder memoryModel(MemoryModel model) { this.memoryModel = Objects.requireNonNull(model); return this; }

        public Builder gcInitialHeap(long bytes) {
            this.gcInitialHeap = Checks.positive("--gc-initial-heap", bytes);
            return this;
        }

        public Builder gcMaxHeap(long bytes) { this.gcMaxHeap = Checks.positive("--gc-max-heap", bytes); return this; }

        public Builder gcYoungSize(long bytes) { this.gcYoungSize = Checks.positive("--gc-young-size", bytes); return this; }

        public Builder gcCollectionThreshold(int percent) {
            this.gcCollectionThreshold = (int) Checks.range("--gc-collection-threshold", percent, 1, 100);
            return this;
        }

        public Builder memoryLimit(long bytes) { this.memoryLimit = Checks.positive("--memory-limit", bytes); return this; }

        public Builder gcLog(boolean on) { this.gcLog = on; return this; }

        public Builder collector(CollectorChoice choice) { this.collector = Objects.requireNonNull(choice); return this; }

        public Builder jit(JitMode mode) { this.jit = Objects.requireNonNull(mode); return this; }

        public Builder jitThreshold(int n) {
            this.jitThreshold = (int) Checks.range("--jit-threshold", n, 1, Integer.MAX_VALUE);
            return this;
        }

        public Builder threads(int n) { this.threads = (int) Checks.range("--threads", n, 1, MAX_THREADS); return this; }

        /** Lets the scheduler choose the number of worker threads again. */
        public Builder automaticThreads() { this.threads = null; return this; }

        public Builder optimize(int level) { this.optimize = (int) Checks.range("--optimize", level, 0, 3); return this; }

        public Builder useAot(boolean on) { this.useAot = on; return this; }

        public Builder profileGen(FileSwitch value) { this.profileGen = Objects.requireNonNull(value); return this; }

        public Builder profileUse(FileSwitch value) { this.profileUse = Objects.requireNonNull(value); return this; }

        public Builder sandbox(boolean on) { this.sandbox = on; return this; }

        public Builder securityPolicy(Path file) { this.securityPolicy = file; return this; }

        /** Appends one permission flag after those already given. */
        public Builder addPermission(PermissionFlag flag) { permissions.add(Objects.requireNonNull(flag)); return this; }

        /** Replaces every permission flag. */
        public Builder permissions(List<PermissionFlag> flags) {
            List<PermissionFlag> copy = List.copyOf(flags);
            permissions.clear();
            permissions.addAll(copy);
            return this;
        }

        public Builder auditLog(Path file) { this.auditLog = file; return this; }

        public Builder executionTimeoutMillis(long ms) {
            this.executionTimeout = Checks.range("--execution-timeout", ms, 1, Long.MAX_VALUE);
            return this;
        }

        public Builder instructionLimit(long n) {
            this.instructionLimit = Checks.range("--instruction-limit", n, 1, Long.MAX_VALUE);
            return this;
        }

        public Builder debug(boolean on) { this.debug = on; return this; }

        public Builder logLevel(LogLevel level) { this.logLevel = Objects.requireNonNull(level); return this; }

        public Builder profileCpu(FileSwitch value) { this.profileCpu = Objects.requireNonNull(value); return this; }

        public Builder profileMemory(FileSwitch value) { this.profileMemory = Objects.requireNonNull(value); return this; }

        public Builder createSnapshot(Path file) { this.createSnapshot = file; return this; }

        public Builder snapshotMain(String process) {
            this.snapshotMain = process == null ? null : Checks.name("--snapshot-main", process);
            return this;
        }

        public Builder loadSnapshot(Path file) { this.loadSnapshot = file; return this; }

        public Builder compatMode(CompatMode mode) { this.compatMode = Objects.requireNonNull(mode); return this; }

        public Builder validatePortability(boolean on) { this.validatePortability = on; return this; }

        public Builder embedded(boolean on) { this.embedded = on; return this; }

        public Builder monitoringPort(int port) {
            this.monitoringPort = (int) Checks.range("--monitoring-port", port, 1, 65535);
            return this;
        }

        public Builder home(Path dir) { this.home = dir; return this; }

        /** Verifies the heap after every collection (a debugging aid, not a command-line flag). */
        public Builder gcVerify(boolean on) { this.gcVerify = on; return this; }

        /** Collects at every allocation (a debugging aid, not a command-line flag). */
        public Builder gcStress(boolean on) { this.gcStress = on; return this; }

        public Builder libraryPath(List<Path> dirs) {
            List<Path> copy = List.copyOf(dirs);
            libraryPath.clear();
            libraryPath.addAll(copy);
            return this;
        }

        /**
         * Resolves defaults and checks combinations.
         *
         * @throws ConfigException naming the first option that does not fit
         */
        public VmConfig build() {
            HeapSizes heap = HeapSizes.resolve(memoryModel, gcInitialHeap, gcMaxHeap, gcYoungSize, memoryLimit);
            if (embedded && Boolean.FALSE.equals(sandbox)) {
                throw new ConfigException("--sandbox", "cannot be turned off in the embedded profile (--embedded)");
            }
            if (snapshotMain != null && createSnapshot == null) {
                throw new ConfigException("--snapshot-main", "needs --create-snapshot FILE");
            }
            if (createSnapshot != null && snapshotMain == null) {
                throw new ConfigException("--create-snapshot", "needs --snapshot-main PROCESS");
            }
            if (createSnapshot != null && loadSnapshot != null) {
                throw new ConfigException("--load-snapshot", "cannot be combined with --create-snapshot");
            }
            if (jit == JitMode.OFF && useAot) {
                // AOT code is produced by the JIT's compiler and runs on its tiers.
                throw new ConfigException("--use-aot", "needs the JIT, but it is off (--jit off or --no-jit)");
            }
            return new VmConfig(this, heap, sandbox != null ? sandbox : embedded);
        }
    }
}
