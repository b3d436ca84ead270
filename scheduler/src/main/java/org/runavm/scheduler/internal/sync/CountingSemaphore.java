package org.runavm.scheduler.internal.sync;

import org.runavm.kernel.sched.Semaphore;
import org.runavm.kernel.sched.TaskBody;
import org.runavm.scheduler.internal.task.Blocking;
import org.runavm.scheduler.internal.task.Failures;

/** A counting semaphore whose waits are cancellable. */
public final class CountingSemaphore implements Semaphore {

    private final java.util.concurrent.Semaphore permits;

    public CountingSemaphore(int permits) {
        if (permits < 0) {
            throw new IllegalArgumentException("semaphore permits must not be negative, got " + permits);
        }
        this.permits = new java.util.concurrent.Semaphore(permits);
    }

    @Override
    public void acquire() {
        if (permits.tryAcquire()) {
            return;
        }
        Blocking.call("semaphore acquire", () -> {
            permits.acquire();
            return null;
        });
    }

    @Override
    public boolean tryAcquire() {
        return permits.tryAcquire();
    }

    @Override
    public void release() {
        permits.release();
    }

    @Override
    public <T> T with(TaskBody<T> body) {
        acquire();
        try {
            return body.run();
        } catch (Exception e) {
            throw Failures.rethrowable(e, "semaphore body");
        } finally {
            permits.release();
        }
    }

    @Override
    public int availablePermits() {
        return permits.availablePermits();
    }
}
