package org.runavm.engine.interpreter.internal;

import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.runavm.kernel.config.JitMode;
import org.runavm.kernel.config.VmConfig;
import org.runavm.kernel.exec.CompilationRequest;
import org.runavm.kernel.exec.CompiledCode;
import org.runavm.kernel.exec.CompiledFunction;
import org.runavm.kernel.exec.TierCompiler;
import org.runavm.kernel.exec.VmContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When a function is offered to the tier compiler, and what comes back: a function whose calls plus
 * loop back-edges reach {@code --jit-threshold} is compiled by the VM's {@link TierCompiler} (the
 * JIT bundle) on a background thread, and its {@link Fn#compiled} set when done; until then, and for
 * functions the tier declines, it stays interpreted. {@code --jit aggressive} offers functions at a
 * tenth of the threshold and compiles them at once on the calling thread. One per VM (shared by its
 * runs and tasks).
 */
final class Tiering {
    private static final Logger LOG = LoggerFactory.getLogger(Tiering.class);
    /**
     * One background compiler thread for every VM of this engine bundle; it ends when idle, so a
     * stopped bundle leaves no thread behind.
     */
    private static final ThreadPoolExecutor COMPILER = compilerThread();

    /** A function's compiled code, with the handle that says whether it may still be entered. */
    record Compiled(CompiledCode code, CompiledFunction function) {
    }

    private final VmContext ctx;
    /** Calls plus back-edges at which a function is offered; {@link Long#MAX_VALUE} with the JIT off. */
    final long threshold;
    private final boolean synchronous;

    Tiering(VmContext ctx) {
        this.ctx = ctx;
        VmConfig config = ctx.config() != null ? ctx.config() : VmConfig.defaults(); // tests' contexts may have none
        JitMode mode = config.jit();
        long configured = config.jitThreshold();
        this.threshold = switch (mode) {
            case OFF -> Long.MAX_VALUE;
            case ON -> configured;
            case AGGRESSIVE -> Math.max(1, configured / 10);
        };
        this.synchronous = mode == JitMode.AGGRESSIVE;
    }

    /** Counts a call of {@code fn}; at the threshold (calls plus back-edges) it is offered. */
    void called(Fn fn) {
        if (++fn.calls + fn.backEdges == threshold) {
            offer(fn);
        }
    }

    /** Counts a loop back-edge of {@code fn}; at the threshold it is offered. */
    void looped(Fn fn) {
        if (fn.calls + ++fn.backEdges == threshold) {
            offer(fn);
        }
    }

    /** The function reached the threshold: compile it, unless it was offered before. */
    void offer(Fn fn) {
        if (fn.offered) {
            return;
        }
        fn.offered = true;
        Optional<TierCompiler> tier = ctx.tierCompiler();
        if (tier.isEmpty()) {
            return;
        }
        if (synchronous) {
            compile(tier.get(), fn);
        } else {
            COMPILER.execute(() -> compile(tier.get(), fn));
        }
    }

    private static void compile(TierCompiler tier, Fn fn) {
        try {
            CompilationRequest request = new CompilationRequest(fn.program.image, fn.info.id(), CompiledFunction.CALLING_CONVENTION, fn.profile());
            tier.compile(request).ifPresent(code -> {
                if (code.function() != null) {
                    fn.compiled = new Compiled(code, code.function());
                }
            });
        } catch (RuntimeException e) {
            LOG.warn("compiling {} failed; it stays interpreted: {}", fn.name, e.toString());
        }
    }

    private static ThreadPoolExecutor compilerThread() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(1, 1, 2, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), task -> {
            Thread thread = new Thread(task, "runavm-jit");
            thread.setDaemon(true);
            return thread;
        });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }
}
