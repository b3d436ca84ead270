package org.runavm.scheduler.internal.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.sched.AtomicCounter;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.scheduler.internal.TaskScheduler;
import org.runavm.scheduler.internal.TestSupport;

class CounterTest {

    @Test
    void updatesAreAtomicAcrossTasks() {
        try (TaskScheduler scheduler = TestSupport.scheduler()) {
            AtomicCounter c = scheduler.newCounter(10);
            List<TaskHandle<Void>> tasks = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                tasks.add(scheduler.spawn(() -> {
                    for (int i = 0; i < 1000; i++) {
                        c.increment();
                    }
                    return null;
                }));
            }
            scheduler.awaitAll(tasks);
            assertEquals(8010, c.get());
        }
    }

    @Test
    void singleOperations() {
        AtomicCounter c = new Counter(0);
        assertEquals(5, c.add(5));
        assertEquals(4, c.decrement());
        assertTrue(c.compareAndSet(4, 9));
        assertFalse(c.compareAndSet(4, 1));
        c.set(-1);
        assertEquals(-1, c.get());
        assertEquals("-1", c.toString());
    }
}
