package org.runavm.engine.interpreter.internal;

import org.runavm.kernel.exec.VmContext;
import org.runavm.kernel.security.ResourceLimits;

/**
 * The instruction budget and the wall-clock timeout of a run. The dispatch loop spends "fuel", one
 * unit per instruction, and calls {@link #refuel(int)} when a slice is used up: so the clock is read
 * once per slice, and a run without limits pays one decrement per instruction.
 *
 * <p>Exceeding a limit raises {@code TimeoutError}, which a program may catch; a program that goes on
 * regardless is stopped for good after a grace period (a tenth of the budget, at least a million
 * instructions or a second) with exit status 5.
 */
final class Limits {
    static final int SLICE = 1 << 14;

    private final long instructionLimit;
    private final long timeoutNanos;
    private final long started = System.nanoTime();
    private long executed;
    private long slice = SLICE;
    private boolean raised;
    private long graceInstructions;
    private long graceNanos;

    Limits(VmContext ctx) {
        ResourceLimits limits = ctx.security() == null ? ResourceLimits.NONE : ctx.security().limits();
        long instr = limits.instructionLimit().orElse(Long.MAX_VALUE);
        long ms = limits.executionTimeoutMs().orElse(Long.MAX_VALUE);
        if (ctx.config() != null) {
            instr = Math.min(instr, ctx.config().instructionLimit().orElse(Long.MAX_VALUE));
            ms = Math.min(ms, ctx.config().executionTimeoutMillis().orElse(Long.MAX_VALUE));
        }
        this.instructionLimit = instr;
        this.timeoutNanos = ms == Long.MAX_VALUE ? Long.MAX_VALUE : ms * 1_000_000L;
        this.slice = Math.min(SLICE, instructionLimit);
    }

    /** First fuel of a run. */
    int initialFuel() {
        return (int) slice;
    }

    /**
     * Accounts for a used-up slice, raises when a limit is passed, and returns the next slice.
     * {@code overrun} is how far past the slice the loop went: a fused instruction spends the fuel of
     * every instruction it stands for at once, so the count may end a little below zero.
     */
    int refuel(int overrun) {
        executed += slice + overrun;
        long now = System.nanoTime() - started;
        if (raised) {
            if (executed >= graceInstructions || now >= graceNanos) {
                throw new ProgramStop("TimeoutError", "the program went on after its time limit and was stopped");
            }
        } else if (executed >= instructionLimit) {
            raise("instruction limit of " + instructionLimit + " instructions exceeded", now);
        } else if (now >= timeoutNanos) {
            raise("execution timeout of " + (timeoutNanos / 1_000_000) + " ms exceeded", now);
        }
        long left = raised ? SLICE : Math.min(SLICE, instructionLimit - executed);
        slice = Math.max(1, left);
        return (int) slice;
    }

    private void raise(String message, long now) {
        raised = true;
        graceInstructions = executed + Math.max(1_000_000, instructionLimit == Long.MAX_VALUE ? 0 : instructionLimit / 10);
        graceNanos = now + Math.max(1_000_000_000L, timeoutNanos == Long.MAX_VALUE ? 0 : timeoutNanos / 10);
        slice = SLICE;
        throw new RunaException("TimeoutError", message);
    }

    boolean raised() {
        return raised;
    }
}
