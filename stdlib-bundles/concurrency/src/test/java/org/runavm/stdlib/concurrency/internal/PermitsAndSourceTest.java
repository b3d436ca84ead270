package org.runavm.stdlib.concurrency.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.runavm.stdlib.testkit.ModuleHarness;

class PermitsAndSourceTest {
    private final ModuleHarness concurrency = ModuleHarness.of(new ConcurrencyModule());

    @Test
    void declaresTheNativesAndTheRunaSource() {
        assertEquals(Set.of("AtomicInteger", "_permits"), concurrency.functionNames());
        String source = concurrency.sources().get("concurrency.runa");
        for (String export : List.of("Process called parallel_map(", "Process called await_all_settled(",
                "Process called with_timeout(", "Class Queue", "Import \"concurrency\" as _native")) {
            assertTrue(source.contains(export), export);
        }
    }

    @Test
    void tryAcquireTakesAPermitOrGivesUpAfterTheTimeout() {
        Object permits = concurrency.call("_permits", 1);
        assertEquals(true, concurrency.callMethod(permits, "try_acquire", 0));
        long start = System.nanoTime();
        assertEquals(false, concurrency.callMethod(permits, "try_acquire", 50));
        assertTrue(System.nanoTime() - start >= 45_000_000L, "waited for the timeout");
        assertEquals(false, concurrency.callMethod(permits, "try_acquire", 0));
        concurrency.callMethod(permits, "release");
        assertEquals(1L, concurrency.callMethod(permits, "available"));
        concurrency.callMethod(permits, "acquire");
        assertEquals(0L, concurrency.callMethod(permits, "available"));
        concurrency.methodRaises("ValueError", permits, "try_acquire", -1);
        concurrency.raises("ValueError", "_permits", -1);
    }

    @Test
    void aReleaseWakesAWaiter() throws InterruptedException {
        Object permits = concurrency.call("_permits", 0);
        AtomicReference<Object> got = new AtomicReference<>();
        Thread waiter = Thread.ofPlatform().start(() -> got.set(concurrency.callMethod(permits, "try_acquire", 10_000)));
        Thread.sleep(50);
        concurrency.callMethod(permits, "release");
        waiter.join(5_000);
        assertEquals(true, got.get());
    }

    @Test
    void lockIgnoresAnInterruptSoItNeverFailsAfterAValueWasClaimed() throws InterruptedException {
        Object lock = concurrency.call("_permits", 1);
        AtomicReference<Object> available = new AtomicReference<>();
        Thread t = Thread.ofPlatform().start(() -> {
            Thread.currentThread().interrupt();
            concurrency.callMethod(lock, "lock");
            available.set(concurrency.callMethod(lock, "available"));
        });
        t.join(5_000);
        assertEquals(0L, available.get());
    }

    @Test
    void anInterruptedWaitIsACancellation() throws InterruptedException {
        Object permits = concurrency.call("_permits", 0);
        AtomicReference<String> message = new AtomicReference<>();
        Thread waiter = Thread.ofPlatform().start(
                () -> message.set(concurrency.methodRaises("CancelledError", permits, "acquire")));
        Thread.sleep(50);
        waiter.interrupt();
        waiter.join(5_000);
        assertEquals("the task was cancelled while waiting", message.get());
    }
}
