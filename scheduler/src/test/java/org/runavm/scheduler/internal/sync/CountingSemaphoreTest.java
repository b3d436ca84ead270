package org.runavm.scheduler.internal.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.sched.Semaphore;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskOutcome;
import org.runavm.scheduler.internal.TaskScheduler;
import org.runavm.scheduler.internal.TestSupport;

class CountingSemaphoreTest {

    private final TaskScheduler scheduler = TestSupport.scheduler();

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void boundsHowManyTasksHoldAPermit() {
        Semaphore s = scheduler.newSemaphore(2);
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger maxInside = new AtomicInteger();
        List<TaskHandle<Void>> tasks = new ArrayList<>();
        for (int t = 0; t < 10; t++) {
            tasks.add(scheduler.spawn(() -> {
                for (int i = 0; i < 50; i++) {
                    s.with(() -> {
                        maxInside.accumulateAndGet(inside.incrementAndGet(), Math::max);
                        Thread.yield();
                        return inside.decrementAndGet();
                    });
                }
                return null;
            }));
        }
        scheduler.awaitAll(tasks);
        assertTrue(maxInside.get() <= 2, "at most two inside, saw " + maxInside.get());
        assertEquals(2, s.availablePermits());
    }

    @Test
    void acquireWaitsForARelease() {
        Semaphore s = scheduler.newSemaphore(0);
        assertFalse(s.tryAcquire());
        TaskHandle<Void> waiter = scheduler.spawn(() -> { s.acquire(); return null; });
        TestSupport.untilBlocked(waiter);
        s.release();
        waiter.await();
        assertEquals(0, s.availablePermits());
    }

    @Test
    void cancelWakesATaskBlockedInAcquire() {
        Semaphore s = scheduler.newSemaphore(0);
        TaskHandle<Void> waiter = scheduler.spawn(() -> { s.acquire(); return null; });
        TestSupport.untilBlocked(waiter);
        waiter.cancel();
        assertInstanceOf(TaskOutcome.Cancelled.class, waiter.settle());
        assertEquals(0, s.availablePermits());
    }

    @Test
    void rejectsNegativePermits() {
        assertEquals("semaphore permits must not be negative, got -1",
                assertThrows(IllegalArgumentException.class, () -> new CountingSemaphore(-1)).getMessage());
    }
}
