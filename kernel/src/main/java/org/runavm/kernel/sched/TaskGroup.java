package org.runavm.kernel.sched;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A structured scope ({@code Task Group called g ... End Task Group}). Tasks run in it cannot outlive
 * it: {@link #close()} waits for every one. When a task fails, the others are cancelled and the first
 * failure is rethrown by {@code close} once all have stopped. A task cancelled on its own (not failing)
 * is not a failure of the group.
 */
@ProviderType
public interface TaskGroup extends AutoCloseable {

    /**
     * Runs {@code body} as a task of this group.
     *
     * @throws IllegalStateException if the group is closed
     * @throws TaskLimitException    if {@code max_tasks} tasks are already live
     */
    <T> TaskHandle<T> run(TaskBody<T> body);

    /** Cancels every task of the group; {@link #close()} still waits for them to stop. */
    void cancelAll();

    /**
     * Waits for every task of the group to stop, then rethrows the first failure, if any. If the
     * waiting task is itself cancelled, the group's tasks are cancelled, waited for, and
     * {@link TaskCancelledException} is thrown.
     */
    @Override
    void close();
}
