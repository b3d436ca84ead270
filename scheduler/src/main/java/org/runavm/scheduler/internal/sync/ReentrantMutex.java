package org.runavm.scheduler.internal.sync;

import java.util.concurrent.locks.ReentrantLock;

import org.runavm.kernel.sched.Mutex;
import org.runavm.kernel.sched.TaskBody;
import org.runavm.scheduler.internal.task.Blocking;
import org.runavm.scheduler.internal.task.Failures;

/**
 * A reentrant mutex (docs/decisions/051-mutex-reentrant.md). A task is one thread for its whole life,
 * so thread ownership is task ownership.
 */
public final class ReentrantMutex implements Mutex {

    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public void lock() {
        if (lock.tryLock()) {
            return;
        }
        Blocking.call("mutex lock", () -> {
            lock.lockInterruptibly();
            return null;
        });
    }

    @Override
    public boolean tryLock() {
        return lock.tryLock();
    }

    @Override
    public void unlock() {
        if (!lock.isHeldByCurrentThread()) {
            throw new IllegalStateException("cannot unlock a mutex the current task does not hold");
        }
        lock.unlock();
    }

    @Override
    public <T> T with(TaskBody<T> body) {
        lock();
        try {
            return body.run();
        } catch (Exception e) {
            throw Failures.rethrowable(e, "mutex body");
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isLocked() {
        return lock.isLocked();
    }

    @Override
    public boolean isHeldByCurrentTask() {
        return lock.isHeldByCurrentThread();
    }
}
