package org.runavm.benchmarks.jmh;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.runavm.engine.interpreter.InterpreterEngine;
import org.runavm.gc.compact.internal.CompactCollector;
import org.runavm.kernel.VmStreams;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.exec.EngineInstance;
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

/**
 * One run of a program in a fresh interpreter VM, without the OSGi framework: the interpreter engine
 * attached to a minimal VM context (a compacting heap, captured standard output, no modules, no
 * scheduler, no security policy), as the engine's own tests construct it.
 */
public final class InterpreterRun implements VmContext {
    private static final long HEAP_BYTES = 64L << 20;

    private final Heap heap = new CompactCollector().createHeap(HeapConfig.ofMaxBytes(HEAP_BYTES));
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final VmStreams streams = new VmStreams(new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true,
            StandardCharsets.UTF_8));
    private final VmConfig config = VmConfig.defaults();

    /** What a run left behind: its result and what it printed. */
    public record Outcome(ExecutionResult result, String output) {
    }

    /** Runs {@code image} to its end in a new VM. */
    public static Outcome run(ProgramImage image) {
        InterpreterRun vm = new InterpreterRun();
        try (EngineInstance engine = new InterpreterEngine().attach(vm)) {
            ExecutionResult result = engine.run(image, List.of());
            return new Outcome(result, vm.out.toString(StandardCharsets.UTF_8));
        }
    }

    @Override
    public String id() {
        return "jmh";
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
