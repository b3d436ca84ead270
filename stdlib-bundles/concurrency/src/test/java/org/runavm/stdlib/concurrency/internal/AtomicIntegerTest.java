package org.runavm.stdlib.concurrency.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.module.NativeObject;
import org.runavm.stdlib.testkit.ModuleHarness;

class AtomicIntegerTest {
    private final ModuleHarness concurrency = ModuleHarness.of(new ConcurrencyModule());

    @Test
    void updatesReturnTheNewValue() {
        Object counter = concurrency.call("AtomicInteger", 5);
        assertEquals(6L, concurrency.callMethod(counter, "increment"));
        assertEquals(5L, concurrency.callMethod(counter, "decrement"));
        assertEquals(15L, concurrency.callMethod(counter, "add", 10));
        assertEquals(15L, concurrency.callMethod(counter, "get_and_set", 1));
        assertEquals(1L, concurrency.callMethod(counter, "get"));
        assertEquals(null, concurrency.callMethod(counter, "set", 9));
        assertEquals("AtomicInteger(9)", ((NativeObject) counter).toText());
        assertEquals(0L, concurrency.callMethod(concurrency.call("AtomicInteger"), "get"));
    }

    @Test
    void compareAndSetChangesOnlyAnExpectedValue() {
        Object counter = concurrency.call("AtomicInteger", 3);
        assertEquals(false, concurrency.callMethod(counter, "compare_and_set", 4, 10));
        assertEquals(3L, concurrency.callMethod(counter, "get"));
        assertEquals(true, concurrency.callMethod(counter, "compare_and_set", 3, 10));
        assertEquals(10L, concurrency.callMethod(counter, "get"));
    }

    @Test
    void overflowIsAnErrorAndLeavesTheValue() {
        Object counter = concurrency.call("AtomicInteger", Long.MAX_VALUE);
        assertEquals("AtomicInteger.increment: 9223372036854775807 + 1 does not fit an Integer",
                concurrency.methodRaises("OverflowError", counter, "increment"));
        assertEquals(Long.MAX_VALUE, concurrency.callMethod(counter, "get"));
        concurrency.methodRaises("TypeError", counter, "add", 1.5);
        concurrency.methodRaises("TypeError", counter, "add");
    }

    @Test
    void concurrentIncrementsAreNotLost() throws InterruptedException {
        Object counter = concurrency.call("AtomicInteger");
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < 8; t++) {
            threads.add(Thread.ofPlatform().start(() -> {
                for (int i = 0; i < 10_000; i++) {
                    concurrency.callMethod(counter, "increment");
                }
            }));
        }
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(80_000L, concurrency.callMethod(counter, "get"));
    }
}
