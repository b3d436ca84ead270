package org.runavm.scheduler.internal.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.sched.Mutex;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskOutcome;
import org.runavm.scheduler.internal.TaskScheduler;
import org.runavm.scheduler.internal.TestSupport;

class ReentrantMutexTest {

    private final TaskScheduler scheduler = TestSupport.scheduler();

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void withExcludesOtherTasks() {
        Mutex m = scheduler.newMutex();
        int[] counter = {0};
        List<TaskHandle<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            tasks.add(scheduler.spawn(() -> {
                for (int i = 0; i < 1000; i++) {
                    m.with(() -> counter[0]++);
                }
                return null;
            }));
        }
        scheduler.awaitAll(tasks);
        assertEquals(8000, counter[0]);
        assertFalse(m.isLocked());
    }

    @Test
    void theOwnerMayLockAgainAndMustUnlockAsOften() {
        Mutex m = scheduler.newMutex();
        m.lock();
        assertEquals("nested", m.with(() -> "nested"));
        m.lock();
        m.unlock();
        assertTrue(m.isHeldByCurrentTask());
        m.unlock();
        assertFalse(m.isLocked());
    }

    @Test
    void unlockByANonOwnerFailsClearly() {
        Mutex m = scheduler.newMutex();
        IllegalStateException e = assertThrows(IllegalStateException.class, m::unlock);
        assertEquals("cannot unlock a mutex the current task does not hold", e.getMessage());
        m.lock();
        TaskHandle<Void> other = scheduler.spawn(() -> { m.unlock(); return null; });
        assertThrows(IllegalStateException.class, other::await);
        assertFalse(scheduler.spawn(m::tryLock).await());
        m.unlock();
    }

    @Test
    void withUnlocksWhenTheBodyFails() {
        Mutex m = scheduler.newMutex();
        assertThrows(ArithmeticException.class, () -> m.with(() -> { throw new ArithmeticException("division by zero"); }));
        assertFalse(m.isLocked());
    }

    @Test
    void cancelWakesATaskBlockedInLock() {
        Mutex m = scheduler.newMutex();
        m.lock();
        TaskHandle<Void> waiter = scheduler.spawn(() -> { m.lock(); return null; });
        TestSupport.untilBlocked(waiter);
        waiter.cancel();
        assertInstanceOf(TaskOutcome.Cancelled.class, waiter.settle());
        assertTrue(m.isHeldByCurrentTask());
        m.unlock();
    }
}
