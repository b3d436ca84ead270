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
import org.runavm.kernel.security.SecurityPolicy;

/** A VM context for tests: a compacting heap of the given size and captured standard streams. */
final class TestVm implements VmContext {
    final Heap heap;
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final VmStreams streams;

    TestVm(long heapBytes) {
        heap = new CompactCollector().createHeap(HeapConfig.ofMaxBytes(heapBytes));
        streams = new VmStreams(new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    /** Runs a program in a fresh 64 MB VM. */
    static Outcome run(ProgramImage image) {
        return run(image, 64L << 20, 100_000);
    }

    static Outcome run(ProgramImage image, long heapBytes, int maxDepth) {
        TestVm vm = new TestVm(heapBytes);
        ExecutionResult result = new InterpreterInstance(vm, maxDepth).run(image, List.of());
        return new Outcome(vm.out.toString(StandardCharsets.UTF_8), result);
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
        return null;
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
        return null;
    }

    @Override
    public SecurityPolicy security() {
        return null;
    }

    @Override
    public Loader loader() {
        return null;
    }

    @Override
    public Optional<Compiler> compiler() {
        return Optional.empty();
    }

    @Override
    public Optional<NativeModule> module(String name) {
        return Optional.empty();
    }

    @Override
    public Set<String> moduleNames() {
        return Set.of();
    }

    @Override
    public Optional<TierCompiler> tierCompiler() {
        return Optional.empty();
    }

    @Override
    public Optional<ForeignSession> foreign() {
        return Optional.empty();
    }
}
