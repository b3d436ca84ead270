package org.runavm.engine.jit.internal;

import java.lang.constant.ClassDesc;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.runavm.kernel.bytecode.FunctionInfo;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.exec.CompilationRequest;
import org.runavm.kernel.exec.CompiledCode;
import org.runavm.kernel.exec.CompiledFunction;
import org.runavm.kernel.exec.FunctionProfile;
import org.runavm.kernel.exec.TierCompiler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The baseline tier: translates a hot function to a JVM class ({@link FunctionTranslator}), defines it
 * as a hidden class (unloaded with its last use) and hands it to the engine. When this bundle stops,
 * every function it compiled is invalidated, and the engines go on interpreting at the next call
 * boundary.
 */
@Component(service = TierCompiler.class, property = TierCompiler.NAME_PROPERTY + "=" + BaselineCompiler.NAME)
public final class BaselineCompiler implements TierCompiler {
    /** The tier's name. */
    public static final String NAME = "baseline";
    /** The calling convention an engine must ask for. */
    public static final MethodType CONVENTION = CompiledFunction.CALLING_CONVENTION;

    private static final Logger LOG = LoggerFactory.getLogger(BaselineCompiler.class);

    private final Set<BaselineCode> issued = Collections.synchronizedSet(Collections.newSetFromMap(new WeakHashMap<>()));
    private final AtomicLong serial = new AtomicLong();
    private volatile boolean stopped;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Optional<CompiledCode> compile(CompilationRequest request) {
        if (stopped || !CONVENTION.equals(request.callingConvention())
                || request.functionId() < 0 || request.functionId() >= request.program().functions().size()) {
            return Optional.empty();
        }
        FunctionInfo function = request.program().functions().get(request.functionId());
        MethodHandles.Lookup lookup = MethodHandles.lookup();
        ClassDesc name = ClassDesc.of(Fast.class.getPackageName() + ".Runa$" + serial.incrementAndGet() + "$"
                + function.name().replaceAll("[^A-Za-z0-9_]", "_"));
        long began = System.nanoTime();
        try {
            Optional<byte[]> bytes = new FunctionTranslator(request.program(), function, name)
                    .translate(BaselineCompiler.class.getClassLoader());
            if (bytes.isEmpty()) {
                LOG.debug("{} is left to the interpreter", function.name());
                return Optional.empty();
            }
            MethodHandles.Lookup hidden = lookup.defineHiddenClass(bytes.get(), true);
            CompiledFunction compiled = (CompiledFunction) hidden.findConstructor(hidden.lookupClass(),
                    MethodType.methodType(void.class)).invoke();
            MethodHandle entry = hidden.findVirtual(hidden.lookupClass(), "run", CONVENTION).bindTo(compiled);
            BaselineCode code = new BaselineCode(compiled, entry);
            issued.add(code);
            if (stopped) { // the bundle stopped while this was being compiled
                code.invalidate();
            }
            LOG.debug("{} compiled in {} µs ({} bytes of class file)", function.name(), (System.nanoTime() - began) / 1000,
                    bytes.get().length);
            return Optional.of(code);
        } catch (Throwable e) {
            if (stopped) { // the bundle stopped under this compilation: its classes may be gone
                LOG.debug("compiling {} ended by the bundle stopping: {}", function.name(), e.toString());
            } else {
                // A translation the JVM rejects is a defect of this tier, never of the program: it runs interpreted.
                LOG.warn("the baseline tier could not compile {}: {}", function.name(), e.toString());
            }
            return Optional.empty();
        }
    }

    /**
     * Loads and warms the class-file library in the background: the first translation in a JVM
     * otherwise takes some 35 ms of class loading, during which the program's hottest function is
     * still interpreted.
     */
    @Activate
    void activate() {
        Thread warm = new Thread(this::warmUp, "runavm-jit-warm-up");
        warm.setDaemon(true);
        warm.setPriority(Thread.MIN_PRIORITY);
        warm.start();
    }

    private void warmUp() {
        try {
            ProgramImage program = WarmUp.program();
            compile(new CompilationRequest(program, 0, CONVENTION, new FunctionProfile(0, 0, new long[0])))
                    .ifPresent(CompiledCode::invalidate);
            // and translate it a few more times, so HotSpot compiles the translator before a program needs it
            for (int i = 0; i < WarmUp.TRANSLATIONS && !stopped; i++) {
                new FunctionTranslator(program, program.functions().get(0), ClassDesc.of(Fast.class.getPackageName() + ".Warm"))
                        .translate(BaselineCompiler.class.getClassLoader());
            }
        } catch (RuntimeException | LinkageError e) {
            // only ever a lost head start (the framework may stop under a short command such as
            // `runa compile`): the first real compilation loads what it needs itself
            LOG.debug("warm-up of the baseline tier ended early: {}", e.toString());
        }
    }

    /** The bundle is stopping: no engine may enter code of this tier any more. */
    @Deactivate
    void deactivate() {
        stopped = true;
        synchronized (issued) {
            issued.forEach(BaselineCode::invalidate);
            issued.clear();
        }
    }
}
