package org.runavm.scheduler.internal.actor;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RestartWindowTest {

    @Test
    void allowsMaxRestartsWithinTheWindowThenRefuses() {
        AtomicLong now = new AtomicLong();
        RestartWindow w = new RestartWindow(2, Duration.ofNanos(100), now::get);
        assertTrue(w.tryRecord());
        now.set(50);
        assertTrue(w.tryRecord());
        assertFalse(w.tryRecord());
        now.set(100); // the first restart leaves the window
        assertTrue(w.tryRecord());
        assertFalse(w.tryRecord());
    }

    @Test
    void zeroRestartsGivesUpAtOnce() {
        assertFalse(new RestartWindow(0, Duration.ofSeconds(1), () -> 0).tryRecord());
    }
}
