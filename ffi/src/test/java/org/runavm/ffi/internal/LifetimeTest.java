package org.runavm.ffi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.ffi.ForeignException;

class LifetimeTest {
    private final AtomicInteger releases = new AtomicInteger();
    private final Lifetime lifetime = new Lifetime("it is closed", releases::incrementAndGet);

    @Test
    void closingUnusedReleasesAtOnceAndOnlyOnce() {
        assertEquals("value", lifetime.use(() -> "value"));
        lifetime.close();
        lifetime.close();
        assertEquals(1, releases.get());
        assertTrue(lifetime.isClosed());
        assertEquals("it is closed", assertThrows(ForeignException.class, () -> lifetime.use(() -> 1)).getMessage());
        assertEquals(1, releases.get());
    }

    @Test
    void closingInUseReleasesWhenTheLastUserLeaves() {
        lifetime.use(() -> lifetime.use(() -> {
            lifetime.close();
            assertEquals(0, releases.get(), "not while two users are inside");
            return null;
        }));
        assertEquals(1, releases.get());
    }

    @Test
    void aFailingUserStillLeaves() {
        assertThrows(IllegalStateException.class, () -> lifetime.use(() -> {
            throw new IllegalStateException("fails");
        }));
        lifetime.close();
        assertEquals(1, releases.get());
    }
}
