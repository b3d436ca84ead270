package org.runavm.kernel.sched;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * The code a task runs. Engines wrap a Runa callable in one; the scheduler never looks at the value it
 * returns beyond handing it to whoever awaits the task.
 *
 * @param <T> the result type
 */
@ConsumerType
@FunctionalInterface
public interface TaskBody<T> {

    /**
     * Runs the task.
     *
     * @return the task's result, possibly {@code null}
     * @throws Exception any failure; it is rethrown by {@link TaskHandle#await()}
     */
    T run() throws Exception;
}
