package org.runavm.scheduler.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** Latch waits for tests, bounded so a broken scheduler fails the test instead of hanging it. */
public final class Await {

    private Await() {
    }

    public static void latch(CountDownLatch latch) {
        try {
            assertTrue(latch.await(10, TimeUnit.SECONDS), "latch not released");
        } catch (InterruptedException e) {
            throw new AssertionError(e);
        }
    }
}
