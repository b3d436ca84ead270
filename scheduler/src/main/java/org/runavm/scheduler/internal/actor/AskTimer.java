package org.runavm.scheduler.internal.actor;

import java.time.Duration;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * Fails asks that outlive their timeout. One daemon thread per scheduler, started on the first timed
 * ask; it only completes reply handles and never runs VM code, so it is not a task. A timeout is
 * removed from the queue as soon as its reply arrives.
 */
public final class AskTimer {

    private ScheduledThreadPoolExecutor executor;

    synchronized ScheduledFuture<?> after(Duration delay, Runnable action) {
        if (executor == null) {
            executor = new ScheduledThreadPoolExecutor(1, r -> {
                Thread t = new Thread(r, "runavm-ask-timer");
                t.setDaemon(true);
                return t;
            });
            executor.setRemoveOnCancelPolicy(true);
        }
        return executor.schedule(action, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    public synchronized void close() {
        if (executor != null) {
            executor.shutdownNow();
        }
    }
}
