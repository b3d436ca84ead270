package org.runavm.scheduler.internal.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.sched.Channel;
import org.runavm.kernel.sched.TaskCancelledException;
import org.runavm.kernel.sched.TaskFailedException;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskOutcome;
import org.runavm.kernel.sched.TaskState;
import org.runavm.kernel.sched.TaskTimeoutException;
import org.runavm.scheduler.internal.Await;
import org.runavm.scheduler.internal.TaskScheduler;
import org.runavm.scheduler.internal.TestSupport;

class TaskImplTest {

    private TaskScheduler scheduler = TestSupport.scheduler();

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void uncheckedFailureIsRethrownAsItIs() {
        TaskHandle<Integer> t = scheduler.spawn(() -> Integer.parseInt("x"));
        NumberFormatException e = assertThrows(NumberFormatException.class, t::await);
        assertEquals("For input string: \"x\"", e.getMessage());
        assertInstanceOf(TaskOutcome.Failure.class, t.settle());
        assertFalse(t.isCancelled());
    }

    @Test
    void checkedFailureIsWrappedWithTheTaskName() {
        IOException io = new IOException("disk gone");
        TaskHandle<Void> t = scheduler.spawn("reader", () -> { throw io; });
        TaskFailedException e = assertThrows(TaskFailedException.class, t::await);
        assertSame(io, e.getCause());
        assertEquals("task 'reader' failed: java.io.IOException: disk gone", e.getMessage());
    }

    @Test
    void awaitWithTimeoutThrowsAndLeavesTheTaskRunning() {
        CountDownLatch release = new CountDownLatch(1);
        TaskHandle<Integer> t = scheduler.spawn("slow", () -> { release.await(); return 5; });
        TaskTimeoutException e = assertThrows(TaskTimeoutException.class, () -> t.await(Duration.ofMillis(1)));
        assertEquals("task 'slow' did not finish within 1 ms", e.getMessage());
        assertFalse(t.isDone());
        release.countDown();
        assertEquals(5, t.await(Duration.ofSeconds(10)));
    }

    @Test
    void cancelWakesATaskBlockedInSleep() {
        AtomicBoolean finallyRan = new AtomicBoolean();
        TaskHandle<Void> t = scheduler.spawn(() -> {
            try {
                scheduler.sleep(60_000);
                return null;
            } finally {
                finallyRan.set(true);
            }
        });
        TestSupport.untilBlocked(t);
        assertTrue(t.cancel());
        TaskCancelledException e = assertThrows(TaskCancelledException.class, t::await);
        assertEquals("task '" + t.name() + "' was cancelled", e.getMessage());
        assertTrue(finallyRan.get(), "await returns only after the body stopped");
        assertEquals(TaskState.DONE, t.state());
    }

    @Test
    void cancelWakesATaskBlockedInChannelReceiveWithCancelledError() {
        Channel<String> ch = scheduler.newChannel(4);
        TaskHandle<String> t = scheduler.spawn(() -> {
            try {
                return ch.receive().orElse("closed");
            } catch (TaskCancelledException e) {
                return e.getMessage();
            }
        });
        TestSupport.untilBlocked(t);
        t.cancel();
        // The body caught the cancellation and returned, but the task stays cancelled.
        assertInstanceOf(TaskOutcome.Cancelled.class, t.settle());
        assertTrue(ch.trySend("still usable"));
    }

    @Test
    void cancelWakesATaskBlockedAwaitingAnotherTask() {
        CountDownLatch release = new CountDownLatch(1);
        TaskHandle<Integer> inner = scheduler.spawn(() -> { release.await(); return 1; });
        TaskHandle<Integer> outer = scheduler.spawn(inner::await);
        TestSupport.untilBlocked(outer);
        outer.cancel();
        assertThrows(TaskCancelledException.class, outer::await);
        assertFalse(inner.isDone(), "cancelling the waiter does not cancel what it waits for");
        release.countDown();
        assertEquals(1, inner.await());
    }

    @Test
    void cancellationIsStickyForLaterBlockingCalls() {
        TaskHandle<String> t = scheduler.spawn(() -> {
            try {
                scheduler.sleep(60_000);
            } catch (TaskCancelledException first) {
                try {
                    scheduler.sleep(60_000);
                } catch (TaskCancelledException second) {
                    return second.getMessage();
                }
            }
            return "slept";
        });
        TestSupport.untilBlocked(t);
        t.cancel();
        assertInstanceOf(TaskOutcome.Cancelled.class, t.settle());
    }

    @Test
    void aTaskCancelledBeforeItRunsNeverRuns() {
        scheduler.close();
        scheduler = TestSupport.scheduler(1, 10);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        // Waits outside the scheduler's primitives, so it keeps the only permit.
        TaskHandle<Void> hog = scheduler.spawn(() -> { holding.countDown(); release.await(); return null; });
        Await.latch(holding);
        AtomicBoolean ran = new AtomicBoolean();
        TaskHandle<Void> t = scheduler.spawn(() -> { ran.set(true); return null; });
        TestSupport.until("task started and waits for a permit", () -> t.thread().isPresent());
        assertEquals(TaskState.PENDING, t.state());
        t.cancel();
        assertInstanceOf(TaskOutcome.Cancelled.class, t.settle());
        release.countDown();
        hog.await();
        assertFalse(ran.get());
    }

    @Test
    void cancelAfterTheTaskFinishedChangesNothing() {
        TaskHandle<Integer> t = scheduler.spawn(() -> 3);
        assertEquals(3, t.await());
        assertFalse(t.cancel());
        assertFalse(t.isCancelled());
        assertEquals(3, t.await());
    }

    @Test
    void pollsSeeCancellation() {
        CountDownLatch started = new CountDownLatch(1);
        TaskHandle<Long> t = scheduler.spawn(() -> {
            started.countDown();
            long spins = 0;
            while (!scheduler.current().orElseThrow().isCancelled()) {
                spins++;
                Thread.onSpinWait();
            }
            return spins;
        });
        Await.latch(started);
        t.cancel();
        assertInstanceOf(TaskOutcome.Cancelled.class, t.settle());
    }

    @Test
    void timerRunsItsBodyAfterTheDelay() {
        long start = System.nanoTime();
        TaskHandle<Long> t = scheduler.schedule(Duration.ofMillis(20), System::nanoTime);
        assertTrue(t.await() - start >= Duration.ofMillis(20).toNanos());
    }

    @Test
    void aTimerCancelledDuringItsDelayNeverRuns() {
        AtomicBoolean ran = new AtomicBoolean();
        TaskHandle<Void> t = scheduler.schedule(Duration.ofHours(1), () -> { ran.set(true); return null; });
        TestSupport.untilBlocked(t);
        t.cancel();
        assertInstanceOf(TaskOutcome.Cancelled.class, t.settle());
        assertFalse(ran.get());
    }

    @Test
    void anInterruptedOutsideThreadGetsCancelledErrorFromAwait() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        TaskHandle<Integer> t = scheduler.spawn(() -> { release.await(); return 1; });
        Thread.currentThread().interrupt();
        try {
            assertThrows(TaskCancelledException.class, t::await);
        } finally {
            assertTrue(Thread.interrupted(), "the interrupt is kept for the caller");
            release.countDown();
        }
        assertEquals(1, t.await());
    }
}
