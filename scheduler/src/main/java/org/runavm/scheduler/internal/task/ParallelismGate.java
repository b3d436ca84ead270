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
 *
 * <p>The gate costs a second queue in front of the carriers (a task that finds no permit parks, and is
 * unparked again when one is returned); the benchmark in docs/decisions/050-task-threads.md measures
 * it at several times the cost of a spawn. So it exists only when it bounds something: a VM given at
 * least as many threads as there are carriers gets an open gate that does nothing.
 */
public final class ParallelismGate {

    /** {@code null} when the gate is open. */
    private final Semaphore permits;

    private ParallelismGate(Semaphore permits) {
        this.permits = permits;
    }

    /** A gate for {@code threads}: closed to that many when fewer than the carrier threads. */
    public static ParallelismGate forThreads(int threads) {
        return threads < carrierThreads() ? bounded(threads) : open();
    }

    /** A gate that always bounds to {@code threads}. */
    public static ParallelismGate bounded(int threads) {
        return new ParallelismGate(new Semaphore(threads));
    }

    /** A gate that bounds nothing. */
    public static ParallelismGate open() {
        return new ParallelismGate(null);
    }

    /** The JVM's virtual-thread carrier count, as the JDK computes its default. */
    static int carrierThreads() {
        return Integer.getInteger("jdk.virtualThreadScheduler.parallelism", Runtime.getRuntime().availableProcessors());
    }

    /** Takes a permit to start running; cancellable while waiting. */
    void enter() throws InterruptedException {
        if (permits != null) {
            permits.acquire();
        }
    }

    /**
     * Takes a permit back after a blocking operation. Uninterruptible: the task must hold its permit
     * again before it runs any more VM code, even if it was cancelled meanwhile (it will see the
     * cancellation at its next poll).
     */
    void reenter() {
        if (permits != null) {
            permits.acquireUninterruptibly();
        }
    }

    void leave() {
        if (permits != null) {
            permits.release();
        }
    }

    /** Whether this gate bounds anything. */
    public boolean isBounded() {
        return permits != null;
    }

    /** Permits free now; {@link Integer#MAX_VALUE} for an open gate (for tests and diagnostics). */
    public int available() {
        return permits != null ? permits.availablePermits() : Integer.MAX_VALUE;
    }
}
