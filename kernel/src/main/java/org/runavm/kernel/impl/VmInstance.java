package org.runavm.kernel.impl;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.runavm.kernel.RunaVm;
import org.runavm.kernel.VmCreationException;
import org.runavm.kernel.VmStreams;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.Compiler;
import org.runavm.kernel.compile.SourceFile;
import org.runavm.kernel.config.JitMode;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.exec.EngineInstance;
import org.runavm.kernel.exec.ExecutionEngine;
import org.runavm.kernel.exec.ExecutionResult;
import org.runavm.kernel.exec.TierCompiler;
import org.runavm.kernel.exec.VmContext;
import org.runavm.kernel.ffi.ForeignLinker;
import org.runavm.kernel.ffi.ForeignSession;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.HeapStats;
import org.runavm.kernel.heap.spi.Collector;
import org.runavm.kernel.heap.spi.HeapInspector;
import org.runavm.kernel.loader.Loader;
import org.runavm.kernel.loader.VerificationException;
import org.runavm.kernel.module.NativeModule;
import org.runavm.kernel.sched.Scheduler;
import org.runavm.kernel.sched.SchedulerFactory;
import org.runavm.kernel.security.PolicyException;
import org.runavm.kernel.security.SecurityPolicy;
import org.runavm.kernel.security.SecurityPolicyFactory;

/**
 * One VM: its security policy, heap, scheduler and engine instance, created in that order (the policy
 * may lower the heap limit; the engine needs all three) and closed in the reverse order.
 */
final class VmInstance implements RunaVm, VmContext {
    private final String id;
    private final VmConfig config;
    private final VmStreams streams;
    private final ServiceCatalog catalog;
    private final Loader loader;
    private final SecurityPolicy policy;
    private final Heap heap;
    private final Scheduler scheduler;
    private final ExecutionEngine engine;
    private EngineInstance engineInstance;
    private final HeapInspector inspector;
    private ForeignSession foreignSession;
    private boolean closed;

    VmInstance(String id, VmConfig config, VmStreams streams, ServiceCatalog catalog, Loader loader,
            SecurityPolicyFactory securityFactory, SchedulerFactory schedulerFactory) {
        this.id = id;
        this.config = config;
        this.streams = streams;
        this.catalog = catalog;
        this.loader = loader;
        try {
            this.policy = securityFactory.create(Settings.sandbox(config));
        } catch (PolicyException e) {
            throw new VmCreationException(e.getMessage(), e);
        }
        String collectorName = config.collector().cliName();
        Collector collector = catalog.collector(collectorName).orElseThrow(() -> {
            policy.close();
            return new VmCreationException("--gc: the '" + collectorName + "' collector is not installed in this runtime"
                    + " (installed: " + String.join(", ", catalog.collectorNames()) + ")");
        });
        this.heap = collector.createHeap(Settings.heap(config, policy.limits()));
        this.inspector = collector.inspector(heap);
        if (config.gcLog()) {
            // --gc-log: one line per collection on the VM's standard error
            heap.addCollectionListener(event -> streams.err().println(event.logLine()));
        }
        this.scheduler = schedulerFactory.create(Settings.scheduler(id, config, policy.limits()));
        this.engine = catalog.anyEngine().orElseThrow(() -> {
            closeServices();
            return new VmCreationException("this runtime has no execution engine installed");
        });
        if (config.jit() != JitMode.OFF) {
            // activates the tier now, so that its warm-up runs while the program is compiled and starts
            catalog.tier();
        }
    }

    @Override
    public ProgramImage compile(SourceFile source) throws CompilationException {
        Compiler compiler = catalog.compiler().orElseThrow(() -> new VmCreationException(
                "this runtime has no compiler: compile the program with 'runa compile' and run the .runab file"));
        ProgramImage image = compiler.compile(source, CompileOptions.forRun(config));
        try {
            loader.verify(image, source.path());
        } catch (VerificationException e) {
            // the compiler produced code the verifier rejects: a defect, reported as one
            throw new IllegalStateException("internal compiler error: generated code for " + source.path()
                    + " fails verification: " + e.getMessage(), e);
        }
        return image;
    }

    @Override
    public ProgramImage load(byte[] bytes, String origin) throws VerificationException {
        return loader.load(bytes, origin);
    }

    @Override
    public ExecutionResult run(ProgramImage program, List<String> arguments) {
        EngineInstance instance;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("VM " + id + " is closed");
            }
            if (engineInstance == null) {
                engineInstance = engine.attach(this);
            }
            instance = engineInstance;
        }
        return instance.run(program, arguments);
    }

    @Override
    public SecurityPolicy security() {
        return policy;
    }

    @Override
    public HeapStats heapStats() {
        return heap.stats();
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (engineInstance != null) {
            engineInstance.close();
        }
        closeServices();
    }

    private void closeServices() {
        scheduler.close();
        if (foreignSession != null) {
            foreignSession.close();
        }
        heap.close();
        policy.close();
    }

    // --- the VM as its engine sees it

    @Override
    public String id() {
        return id;
    }

    @Override
    public Optional<HeapInspector> heapInspector() {
        return Optional.of(inspector);
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
    public Loader loader() {
        return loader;
    }

    @Override
    public Optional<Compiler> compiler() {
        return catalog.compiler();
    }

    @Override
    public Optional<NativeModule> module(String name) {
        return catalog.module(name);
    }

    @Override
    public Set<String> moduleNames() {
        return catalog.moduleVersions().keySet().stream().collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<TierCompiler> tierCompiler() {
        return config.jit() == JitMode.OFF ? Optional.empty() : catalog.tier();
    }

    @Override
    public synchronized Optional<ForeignSession> foreign() {
        if (foreignSession == null) {
            Optional<ForeignLinker> linker = catalog.linker();
            if (linker.isEmpty()) {
                return Optional.empty();
            }
            foreignSession = linker.get().openSession();
        }
        return Optional.of(foreignSession);
    }
}
