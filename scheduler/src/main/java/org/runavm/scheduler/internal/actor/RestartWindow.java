package org.runavm.scheduler.internal.actor;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.function.LongSupplier;

/** Counts restarts in a sliding time window: OTP's restart intensity. */
final class RestartWindow {

    private final int maxRestarts;
    private final long windowNanos;
    private final LongSupplier nanoClock;
    private final ArrayDeque<Long> restarts = new ArrayDeque<>();

    RestartWindow(int maxRestarts, Duration window, LongSupplier nanoClock) {
        this.maxRestarts = maxRestarts;
        this.windowNanos = window.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Records one restart if the limit allows it; {@code false} means the limit is exceeded. */
    synchronized boolean tryRecord() {
        long now = nanoClock.getAsLong();
        while (!restarts.isEmpty() && now - restarts.peekFirst() >= windowNanos) {
            restarts.removeFirst();
        }
        if (restarts.size() >= maxRestarts) {
            return false;
        }
        restarts.addLast(now);
        return true;
    }
}
