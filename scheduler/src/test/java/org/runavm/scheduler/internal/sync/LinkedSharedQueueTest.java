package org.runavm.scheduler.internal.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.sched.SharedQueue;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskOutcome;
import org.runavm.scheduler.internal.TaskScheduler;
import org.runavm.scheduler.internal.TestSupport;

class LinkedSharedQueueTest {

    private final TaskScheduler scheduler = TestSupport.scheduler();

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void isFifo() {
        SharedQueue<String> q = scheduler.newQueue();
        assertTrue(q.isEmpty());
        q.put("a");
        q.put("b");
        assertEquals(2, q.size());
        assertEquals("a", q.take());
        assertEquals(Optional.of("b"), q.poll());
        assertEquals(Optional.empty(), q.poll());
        assertThrows(NullPointerException.class, () -> q.put(null));
    }

    @Test
    void takeWaitsForAValue() {
        SharedQueue<Integer> q = scheduler.newQueue();
        TaskHandle<Integer> taker = scheduler.spawn(q::take);
        TestSupport.untilBlocked(taker);
        q.put(42);
        assertEquals(42, taker.await());
    }

    @Test
    void cancelWakesATaskBlockedInTake() {
        SharedQueue<Integer> q = scheduler.newQueue();
        TaskHandle<Integer> taker = scheduler.spawn(q::take);
        TestSupport.untilBlocked(taker);
        taker.cancel();
        assertInstanceOf(TaskOutcome.Cancelled.class, taker.settle());
    }
}
