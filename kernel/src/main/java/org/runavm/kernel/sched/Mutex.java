package org.runavm.kernel.sched;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A mutual-exclusion lock owned by the task (thread) that locked it. It is reentrant: the owner may
 * lock it again and must unlock it as many times (see docs/decisions/051-mutex-reentrant.md).
 */
@ProviderType
public interface Mutex {

    /** Locks, waiting while another task holds it; cancellable. */
    void lock();

    /** Locks if free (or already held by the caller) now. */
    boolean tryLock();

    /**
     * Unlocks once.
     *
     * @throws IllegalStateException if the calling task does not hold the lock
     */
    void unlock();

    /** Runs {@code body} holding the lock and returns its result; unlocks however it ends. */
    <T> T with(TaskBody<T> body);

    boolean isLocked();

    /** Whether the calling task holds the lock. */
    boolean isHeldByCurrentTask();
}
