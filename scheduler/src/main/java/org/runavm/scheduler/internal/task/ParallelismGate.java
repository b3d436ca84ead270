package org.runavm.scheduler.internal.task;

import java.util.concurrent.Semaphore;

/**
 * Bounds how many tasks of one VM run VM code at the same time to the configured thread count.
 *
 * <p>Virtual threads share the JVM-wide carrier pool, whose size cannot be chosen per VM. The gate
 * restores a per-VM bound: a task holds a permit while it runs and gives it back while it is parked in
 * one of the scheduler's blocking operations (see {@link Blocking}), exactly as a thread in a blocked
 * state leaves its CPU. Holding no permit while blocked is what keeps a one-thread VM from deadlocking
 * on a channel.
 */
public final class ParallelismGate {

    private final Semaphore permits;

    public ParallelismGate(int threads) {
        this.permits = new Semaphore(threads);
    }

    /** Takes a permit to start running; cancellable while waiting. */
    void enter() throws InterruptedException {
        permits.acquire();
    }

    /**
     * Takes a permit back after a blocking operation. Uninterruptible: the task must hold its permit
     * again before it runs any more VM code, even if it was cancelled meanwhile (it will see the
     * cancellation at its next poll).
     */
    void reenter() {
        permits.acquireUninterruptibly();
    }

    void leave() {
        permits.release();
    }

    /** Permits free now (for tests and diagnostics). */
    public int available() {
        return permits.availablePermits();
    }
}
