package org.runavm.kernel.sched;

/**
 * The life of a task. {@link #BLOCKED} marks a task parked in one of the scheduler's blocking
 * operations: it runs no VM code there, so a safepoint need not wait for it.
 */
public enum TaskState {
    /** Spawned, waiting for its thread or for a free worker slot. */
    PENDING,
    /** Running VM code. */
    RUNNING,
    /** Parked in a blocking operation (sleep, await, channel, lock, semaphore, queue). */
    BLOCKED,
    /** Its body has stopped. */
    DONE
}
