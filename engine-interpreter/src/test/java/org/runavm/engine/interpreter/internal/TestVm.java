package org.runavm.engine.interpreter.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.runavm.gc.compact.internal.CompactCollector;
import org.runavm.kernel.VmStreams;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.exec.ExecutionResult;
import org.runavm.kernel.exec.TierCompiler;
import org.runavm.kernel.exec.VmContext;
import org.runavm.kernel.ffi.ForeignSession;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.loader.Loader;
import org.runavm.kernel.module.NativeModule;
import org.runavm.kernel.sched.Scheduler;
import org.runavm.kernel.sched.SchedulerConfig;
import org.runavm.scheduler.internal.TaskScheduler;
import org.runavm.kernel.security.SecurityPolicy;

/**
 * A VM context for tests: a compacting heap of the given size, the real scheduler (4 threads) and
 * captured standard streams.
 */
final class TestVm implements VmContext {
    final Heap heap;
    Scheduler scheduler = new TaskScheduler(new SchedulerConfig("test", 4, 10_000));
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final VmStreams streams;
    VmConfig config;
    Compiler compiler;
    java.io.InputStream in = new ByteArrayInputStream(new byte[0]);
    final java.util.Map<String, NativeModule> modules = new java.util.HashMap<>();
    SecurityPolicy security;
    ForeignSession foreign;
    TierCompiler tier;

    TestVm(long heapBytes) {
        this(HeapConfig.ofMaxBytes(heapBytes));
    }

    TestVm(HeapConfig heapConfig) {
        heap = new CompactCollector().createHeap(heapConfig);
        streams = new VmStreams(new java.io.InputStream() {
            @Override
            public int read() throws java.io.IOException {
                return in.read();
            }
        }, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /**
     * Runs a program in a fresh 64 MB VM, and again with a collection at every allocation (which moves
     * every object), and checks that both runs print the same and end the same way.
     */
    static Outcome run(ProgramImage image) {
        Outcome normal = run(image, 64L << 20, 100_000);
        Outcome stressed = runStressed(image);
        org.junit.jupiter.api.Assertions.assertEquals(normal.out(), stressed.out(), "output under GC stress");
        org.junit.jupiter.api.Assertions.assertEquals(normal.result().exitStatus(), stressed.result().exitStatus(),
                "exit status under GC stress: " + stressed.result());
        return normal;
    }

    static Outcome run(ProgramImage image, long heapBytes, int maxDepth) {
        return new TestVm(heapBytes).execute(image, maxDepth, List.of());
    }

    /** Runs with a collection at every allocation, which finds any reference the engine fails to root. */
    static Outcome runStressed(ProgramImage image) {
        return new TestVm(HeapConfig.ofMaxBytes(8L << 20).withStress(true).withVerify(true)).execute(image, 10_000,
                List.of());
    }

    Outcome execute(ProgramImage image, int maxDepth, List<String> args) {
        ExecutionResult result = new InterpreterInstance(this, maxDepth).run(image, args);
        return new Outcome(out.toString(StandardCharsets.UTF_8), result);
    }

    record Outcome(String out, ExecutionResult result) {
        String errorType() {
            return result.error().map(e -> e.type()).orElse(null);
        }

        String errorMessage() {
            return result.error().map(e -> e.message()).orElse(null);
        }
    }

    @Override
    public String id() {
        return "test";
    }

    @Override
    public VmConfig config() {
        return config;
    }

    @Override
    public VmStreams streams() {
        return streams;
    }

    @Override
    public Heap heap() {
        return heap;
    }

    @Override
    public Scheduler scheduler() {
        return scheduler;
    }

    @Override
    public SecurityPolicy security() {
        return security;
    }

    @Override
    public Loader loader() {
        return null;
    }

    @Override
    public Optional<Compiler> compiler() {
        return Optional.ofNullable(compiler);
    }

    @Override
    public Optional<NativeModule> module(String name) {
        return Optional.ofNullable(modules.get(name));
    }

    @Override
    public Set<String> moduleNames() {
        return Set.of();
    }

    @Override
    public Optional<TierCompiler> tierCompiler() {
        return Optional.ofNullable(tier);
    }

    @Override
    public Optional<ForeignSession> foreign() {
        return Optional.ofNullable(foreign);
    }
}
