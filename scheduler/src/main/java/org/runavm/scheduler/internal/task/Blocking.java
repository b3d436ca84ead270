package org.runavm.scheduler.internal.task;

import java.util.function.Supplier;

import org.runavm.kernel.sched.TaskCancelledException;

/**
 * The one way the scheduler's primitives wait. Around the wait it marks the calling task
 * {@code BLOCKED} and lends its parallelism permit to other tasks; it turns the thread interrupt that
 * {@code cancel()} delivers into {@link TaskCancelledException}.
 *
 * <p>Cancellation is sticky: the interrupt flag is restored before throwing, and a task already
 * cancelled fails at once, so a task that catches {@code CancelledError} and blocks again is stopped
 * again rather than hanging.
 */
public final class Blocking {

    /** A wait that may be interrupted. */
    @FunctionalInterface
    public interface Wait<T> {
        T get() throws InterruptedException;
    }

    private Blocking() {
    }

    /**
     * Runs {@code wait} as a blocking operation named {@code what} (for the error message).
     *
     * @throws TaskCancelledException if the calling task is, or becomes, cancelled, or the calling
     *                                thread is interrupted
     */
    public static <T> T call(String what, Wait<T> wait) {
        TaskImpl<?> task = TaskImpl.current();
        if (task != null && task.isCancelled()) {
            throw cancelled(what);
        }
        boolean lent = task != null && task.parkBegin();
        try {
            return wait.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw cancelled(what);
        } finally {
            if (lent) {
                task.parkEnd();
            }
        }
    }

    /** Runs a wait that must not be cut short (a group waiting for its cancelled tasks to stop). */
    public static <T> T uninterruptibly(Supplier<T> wait) {
        TaskImpl<?> task = TaskImpl.current();
        boolean lent = task != null && task.parkBegin();
        try {
            return wait.get();
        } finally {
            if (lent) {
                task.parkEnd();
            }
        }
    }

    public static TaskCancelledException cancelled(String what) {
        return new TaskCancelledException(what + ": the task was cancelled");
    }
}
