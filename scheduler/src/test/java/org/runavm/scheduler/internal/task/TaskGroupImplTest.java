package org.runavm.scheduler.internal.task;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.sched.TaskCancelledException;
import org.runavm.kernel.sched.TaskGroup;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskOutcome;
import org.runavm.scheduler.internal.Await;
import org.runavm.scheduler.internal.TaskScheduler;
import org.runavm.scheduler.internal.TestSupport;

class TaskGroupImplTest {

    private final TaskScheduler scheduler = TestSupport.scheduler();

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void closeWaitsForEveryTask() {
        AtomicInteger done = new AtomicInteger();
        CountDownLatch release = new CountDownLatch(1);
        TaskHandle<?>[] handles = new TaskHandle<?>[3];
        TaskHandle<Void> owner = scheduler.spawn(() -> {
            try (TaskGroup g = scheduler.newGroup()) {
                for (int i = 0; i < 3; i++) {
                    handles[i] = g.run(() -> { release.await(); return done.incrementAndGet(); });
                }
            }
            return null;
        });
        TestSupport.untilBlocked(owner);
        assertFalse(owner.isDone());
        release.countDown();
        owner.await();
        assertEquals(3, done.get());
        for (TaskHandle<?> h : handles) {
            assertTrue(h.isDone());
        }
    }

    @Test
    void firstFailureCancelsTheOthersAndIsRethrownAfterAllStopped() {
        List<String> stopped = new CopyOnWriteArrayList<>();
        CountDownLatch othersBlocked = new CountDownLatch(2);
        IllegalStateException first = new IllegalStateException("fetch 3 failed");
        TaskGroup g = scheduler.newGroup();
        TaskHandle<Void> a = g.run(() -> sleeper("a", othersBlocked, stopped));
        TaskHandle<Void> b = g.run(() -> sleeper("b", othersBlocked, stopped));
        g.run(() -> {
            othersBlocked.await();
            TestSupport.untilBlocked(a);
            TestSupport.untilBlocked(b);
            throw first;
        });
        IllegalStateException thrown = assertThrows(IllegalStateException.class, g::close);
        assertSame(first, thrown);
        assertEquals(List.of("a", "b"), stopped.stream().sorted().toList(), "both stopped before close returned");
        assertInstanceOf(TaskOutcome.Cancelled.class, a.settle());
        assertInstanceOf(TaskOutcome.Cancelled.class, b.settle());
    }

    private Void sleeper(String name, CountDownLatch ready, List<String> stopped) {
        ready.countDown();
        try {
            scheduler.sleep(60_000);
            return null;
        } finally {
            stopped.add(name);
        }
    }

    @Test
    void onlyTheFirstOfSeveralFailuresIsRethrown() {
        TaskGroup g = scheduler.newGroup();
        TaskHandle<Void> one = g.run(() -> { throw new IllegalStateException("one"); });
        one.settle();
        g.run(() -> { throw new IllegalStateException("two"); });
        assertEquals("one", assertThrows(IllegalStateException.class, g::close).getMessage());
    }

    @Test
    void aTaskRunInAGroupThatIsAlreadyFailingIsCancelled() {
        TaskGroup g = scheduler.newGroup();
        TaskHandle<Void> failed = g.run(() -> { throw new IllegalStateException("first"); });
        failed.settle();
        CountDownLatch never = new CountDownLatch(1);
        TaskHandle<Void> late = g.run(() -> { never.await(); return null; });
        assertInstanceOf(TaskOutcome.Cancelled.class, late.settle());
        assertEquals("first", assertThrows(IllegalStateException.class, g::close).getMessage());
    }

    @Test
    void aTaskCancelledOnItsOwnIsNotAGroupFailure() {
        CountDownLatch release = new CountDownLatch(1);
        TaskGroup g = scheduler.newGroup();
        TaskHandle<Void> cancelled = g.run(() -> { release.await(); return null; });
        TaskHandle<Integer> ok = g.run(() -> 2);
        cancelled.cancel();
        g.close();
        assertEquals(2, ok.await());
    }

    @Test
    void tasksOfTheGroupMayAddTasksWhileTheOwnerWaits() {
        AtomicInteger ran = new AtomicInteger();
        CountDownLatch ownerWaiting = new CountDownLatch(1);
        TaskGroup g = scheduler.newGroup();
        g.run(() -> {
            ownerWaiting.await();
            g.run(() -> { scheduler.sleep(1); return ran.incrementAndGet(); });
            return ran.incrementAndGet();
        });
        ownerWaiting.countDown();
        g.close();
        assertEquals(2, ran.get());
        assertEquals("task group is closed: run() must be called inside its block",
                assertThrows(IllegalStateException.class, () -> g.run(() -> 1)).getMessage());
    }

    @Test
    void cancellingTheOwnerCancelsTheGroupAndWaitsForItsTasks() {
        List<String> stopped = new CopyOnWriteArrayList<>();
        CountDownLatch ready = new CountDownLatch(2);
        TaskHandle<String> owner = scheduler.spawn(() -> {
            try (TaskGroup g = scheduler.newGroup()) {
                g.run(() -> sleeper("x", ready, stopped));
                g.run(() -> sleeper("y", ready, stopped));
            }
            return "finished";
        });
        Await.latch(ready);
        TestSupport.untilBlocked(owner);
        owner.cancel();
        assertThrows(TaskCancelledException.class, owner::await);
        assertEquals(List.of("x", "y"), stopped.stream().sorted().toList());
    }

    @Test
    void cancelAllCancelsEveryTask() {
        CountDownLatch ready = new CountDownLatch(2);
        List<String> stopped = new CopyOnWriteArrayList<>();
        TaskGroup g = scheduler.newGroup();
        g.run(() -> sleeper("p", ready, stopped));
        g.run(() -> sleeper("q", ready, stopped));
        Await.latch(ready);
        g.cancelAll();
        g.close();
        assertEquals(2, stopped.size());
    }
}
