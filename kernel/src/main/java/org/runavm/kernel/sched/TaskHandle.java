package org.runavm.kernel.sched;

import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A spawned task and its eventual result.
 *
 * @param <T> the result type
 */
@ProviderType
public interface TaskHandle<T> extends Task {

    /**
     * Waits until the task's body has stopped and returns its result.
     *
     * @return the body's result
     * @throws TaskCancelledException if the task was cancelled, or the waiting task is cancelled
     * @throws TaskFailedException if the body failed with a checked exception (its cause)
     * @throws RuntimeException the body's own unchecked failure, rethrown as it is
     */
    T await();

    /**
     * Like {@link #await()}, waiting at most {@code timeout}. The task keeps running on timeout.
     *
     * @throws TaskTimeoutException if the task has not stopped within the timeout
     */
    T await(Duration timeout);

    /** The outcome, once {@link #isDone()}; waits like {@link #await()} but never rethrows. */
    TaskOutcome<T> settle();
}
