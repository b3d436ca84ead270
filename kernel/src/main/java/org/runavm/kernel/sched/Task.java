package org.runavm.kernel.sched;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A task as seen from outside its result: identity, state and cancellation. This is what
 * {@link Scheduler#current()} returns and what {@link Scheduler#forEachLiveTask} enumerates.
 */
@ProviderType
public interface Task {

    /** A number unique within the scheduler, in spawn order. */
    long id();

    /** A name for diagnostics, such as {@code task-17} or an actor's name. */
    String name();

    /** Where the task is in its life; see {@link TaskState}. */
    TaskState state();

    /**
     * The thread the task runs on, once it has started. A collector scanning roots at a safepoint uses
     * it to find the task's value stack.
     */
    Optional<Thread> thread();

    /**
     * Requests cancellation. A task that has not started never runs; a running task is interrupted in
     * its blocking operations and sees {@link #isCancelled()} at its polls. Idempotent.
     *
     * @return {@code true} if this call requested cancellation of a task that had not finished
     */
    boolean cancel();

    /** Whether cancellation was requested (the Runa poll {@code Task.current().is_cancelled()}). */
    boolean isCancelled();

    /** Whether the task's body has stopped running, by returning, failing or being cancelled. */
    boolean isDone();
}
