package org.runavm.scheduler.internal.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.sched.TaskCancelledException;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskOutcome;
import org.runavm.scheduler.internal.TaskScheduler;
import org.runavm.scheduler.internal.TestSupport;

class AwaitingTest {

    private final TaskScheduler scheduler = TestSupport.scheduler();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void close() {
        release.countDown();
        scheduler.close();
    }

    @Test
    void awaitAllReturnsResultsInTaskOrder() {
        CountDownLatch firstMayFinish = new CountDownLatch(1);
        TaskHandle<Integer> slow = scheduler.spawn(() -> { firstMayFinish.await(); return 1; });
        TaskHandle<Integer> fast = scheduler.spawn(() -> { firstMayFinish.countDown(); return 2; });
        assertEquals(List.of(1, 2), scheduler.awaitAll(List.of(slow, fast)));
        assertEquals(List.of(), scheduler.awaitAll(List.of()));
    }

    @Test
    void awaitAllRethrowsTheFirstFailureWithoutWaitingForTheRest() {
        List<TaskHandle<Integer>> tasks = new ArrayList<>();
        tasks.add(scheduler.spawn(() -> { release.await(); return 1; }));
        IllegalArgumentException boom = new IllegalArgumentException("bad input");
        tasks.add(scheduler.spawn(() -> { throw boom; }));
        assertSame(boom, assertThrows(IllegalArgumentException.class, () -> scheduler.awaitAll(tasks)));
        assertFalse(tasks.getFirst().isDone(), "the others keep running");
    }

    @Test
    void awaitAllRaisesCancelledErrorForACancelledTask() {
        TaskHandle<Integer> blocked = scheduler.spawn(() -> { release.await(); return 1; });
        blocked.cancel();
        assertThrows(TaskCancelledException.class, () -> scheduler.awaitAll(List.of(blocked)));
    }

    @Test
    void awaitAllSettledReportsEveryOutcomeInOrder() {
        TaskHandle<Integer> ok = scheduler.spawn(() -> 1);
        TaskHandle<Integer> bad = scheduler.spawn(() -> { throw new IllegalStateException("no"); });
        TaskHandle<Integer> cancelled = scheduler.spawn(() -> { release.await(); return 3; });
        cancelled.cancel();
        List<TaskOutcome<Integer>> outcomes = scheduler.awaitAllSettled(List.of(ok, bad, cancelled));
        assertEquals(new TaskOutcome.Success<>(1), outcomes.get(0));
        assertEquals("no", ((TaskOutcome.Failure<Integer>) outcomes.get(1)).error().getMessage());
        assertInstanceOf(TaskOutcome.Cancelled.class, outcomes.get(2));
    }

    @Test
    void awaitAnyReturnsTheFirstSuccessIgnoringEarlierFailures() {
        CountDownLatch failed = new CountDownLatch(1);
        TaskHandle<String> never = scheduler.spawn(() -> { release.await(); return "never"; });
        TaskHandle<String> fails = scheduler.spawn(() -> {
            try {
                throw new IllegalStateException("first to finish, but failed");
            } finally {
                failed.countDown();
            }
        });
        TaskHandle<String> wins = scheduler.spawn(() -> { failed.await(); return "winner"; });
        assertEquals("winner", scheduler.awaitAny(List.of(never, fails, wins)));
    }

    @Test
    void awaitAnyRethrowsTheFirstTasksFailureWhenAllFail() {
        TaskHandle<String> a = scheduler.spawn(() -> { throw new IllegalStateException("a"); });
        TaskHandle<String> b = scheduler.spawn(() -> { throw new IllegalStateException("b"); });
        assertEquals("a", assertThrows(IllegalStateException.class, () -> scheduler.awaitAny(List.of(a, b))).getMessage());
    }

    @Test
    void awaitAnyNeedsATask() {
        assertEquals("await_any needs at least one task",
                assertThrows(IllegalArgumentException.class, () -> scheduler.awaitAny(List.of())).getMessage());
    }
}
