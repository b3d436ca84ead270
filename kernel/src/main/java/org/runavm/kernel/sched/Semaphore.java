package org.runavm.kernel.sched;

import org.osgi.annotation.versioning.ProviderType;

/** A counting semaphore. Permits are not owned: any task may release. */
@ProviderType
public interface Semaphore {

    /** Takes one permit, waiting while none is available; cancellable. */
    void acquire();

    /** Takes one permit if one is available now. */
    boolean tryAcquire();

    /** Returns one permit. */
    void release();

    /** Runs {@code body} holding one permit and returns its result; releases however it ends. */
    <T> T with(TaskBody<T> body);

    int availablePermits();
}
