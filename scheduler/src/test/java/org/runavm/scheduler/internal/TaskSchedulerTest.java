package org.runavm.scheduler.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.sched.Channel;
import org.runavm.kernel.sched.Task;
import org.runavm.kernel.sched.TaskCancelledException;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskLifecycleListener;
import org.runavm.kernel.sched.TaskLimitException;
import org.runavm.kernel.sched.TaskOutcome;
import org.runavm.kernel.sched.TaskState;

class TaskSchedulerTest {

    private TaskScheduler scheduler = TestSupport.scheduler();

    @AfterEach
    void close() {
        scheduler.close();
    }

    @Test
    void spawnRunsTheBodyOnATaskThreadAndAwaitReturnsItsResult() {
        TaskHandle<String> t = scheduler.spawn(() -> Thread.currentThread().isVirtual() + " " + scheduler.current().orElseThrow().name());
        String name = t.name();
        assertEquals("true " + name, t.await());
        assertTrue(t.isDone());
        assertEquals(TaskState.DONE, t.state());
        assertTrue(t.thread().isPresent());
    }

    @Test
    void currentIsEmptyOutsideTasks() {
        assertTrue(scheduler.current().isEmpty());
        try (TaskScheduler other = TestSupport.scheduler()) {
            assertFalse(other.spawn(() -> scheduler.current().isPresent()).await(), "a task of another VM is not ours");
        }
    }

    @Test
    void forEachActorReachesEveryLiveActorAndItsMailbox() {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        var a = scheduler.<String, Void>spawnActor("a", m -> { busy.countDown(); release.await(); return null; });
        var b = scheduler.<String, Void>spawnActor("b", m -> null);
        a.send("first");
        Await.latch(busy);
        a.send("queued");
        b.stop();
        List<String> seen = new ArrayList<>();
        scheduler.forEachActor(actor -> actor.mailbox().forEachPending(m -> seen.add(actor.name() + ":" + m)));
        assertEquals(List.of("a:queued"), seen);
        release.countDown();
    }

    @Test
    void namedTasksKeepTheirNameAndThreadsCarryTheVmName() {
        TaskHandle<String> t = scheduler.spawn("worker", () -> Thread.currentThread().getName());
        assertEquals("worker", t.name());
        assertEquals("test-worker", t.await());
    }

    @Test
    void maxTasksRejectsASpawnBeyondTheLimitWithAClearMessage() {
        scheduler.close();
        scheduler = TestSupport.scheduler(2, 2);
        CountDownLatch release = new CountDownLatch(1);
        TaskHandle<Void> a = scheduler.spawn(() -> { release.await(); return null; });
        TaskHandle<Void> b = scheduler.spawn(() -> { release.await(); return null; });
        TaskLimitException e = assertThrows(TaskLimitException.class, () -> scheduler.spawn(() -> 1));
        assertEquals("cannot start a task: the VM already has 2 live tasks (max_tasks = 2)", e.getMessage());
        release.countDown();
        a.await();
        b.await();
        assertEquals(3, scheduler.spawn(() -> 3).await(), "slots are free again once the tasks are awaited");
    }

    @Test
    void actorsAndTimersCountTowardsMaxTasks() {
        scheduler.close();
        scheduler = TestSupport.scheduler(2, 2);
        scheduler.spawnActor("a", m -> m);
        TaskHandle<Integer> timer = scheduler.schedule(Duration.ofHours(1), () -> 1);
        assertThrows(TaskLimitException.class, () -> scheduler.spawnActor("b", m -> m));
        timer.cancel();
        timer.settle();
        scheduler.spawnActor("b", m -> m);
        assertEquals(2, scheduler.reservedSlots());
    }

    @Test
    void forEachLiveTaskEnumeratesRunningTasksWithTheirThreads() {
        CountDownLatch started = new CountDownLatch(2);
        CountDownLatch release = new CountDownLatch(1);
        List<TaskHandle<Void>> handles = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            handles.add(scheduler.spawn(() -> { started.countDown(); release.await(); return null; }));
        }
        Await.latch(started);
        List<Long> ids = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        scheduler.forEachLiveTask(t -> { ids.add(t.id()); threads.add(t.thread().orElseThrow()); });
        assertEquals(handles.stream().map(Task::id).sorted().toList(), ids.stream().sorted().toList());
        assertTrue(threads.stream().allMatch(Thread::isAlive));
        release.countDown();
        scheduler.awaitAll(handles);
        assertEquals(0, scheduler.liveTaskCount());
    }

    @Test
    void lifecycleListenersSeeStartAndStopOnTheTaskThread() {
        List<String> events = new CopyOnWriteArrayList<>();
        scheduler.addLifecycleListener(new TaskLifecycleListener() {
            @Override
            public void taskStarted(Task task) {
                events.add("start " + task.name() + " " + (task.thread().orElseThrow() == Thread.currentThread()));
            }

            @Override
            public void taskStopped(Task task) {
                events.add("stop " + task.name() + " " + task.state());
            }
        });
        TaskHandle<Integer> t = scheduler.spawn("t", () -> { events.add("body"); return 1; });
        t.await();
        assertEquals(List.of("start t true", "body", "stop t DONE"), events);
    }

    @Test
    void aListenerThatWaitsDoesNotDisturbTheParallelismGate() {
        scheduler.close();
        scheduler = TestSupport.scheduler(1, 10);
        List<TaskState> afterWait = new CopyOnWriteArrayList<>();
        scheduler.addLifecycleListener(new TaskLifecycleListener() {
            @Override
            public void taskStarted(Task task) {
                scheduler.sleep(1); // a wait outside the body, where the task holds no permit
                afterWait.add(task.state());
            }

            @Override
            public void taskStopped(Task task) {
                scheduler.sleep(1);
            }
        });
        assertEquals(1, scheduler.spawn(() -> { scheduler.sleep(1); return 1; }).await());
        assertEquals(List.of(TaskState.PENDING), afterWait, "the wait neither lent nor took a permit");
        assertEquals(1, scheduler.gate().available());
    }

    @Test
    void runBlockingLendsThePermitSoAOneThreadVmServesTheTaskItWaitsFor() throws Exception {
        try (TaskScheduler one = TestSupport.scheduler(1, 10)) {
            CountDownLatch released = new CountDownLatch(1);
            TaskHandle<String> waiter = one.spawn(() -> {
                // an engine's own wait: without lending its permit, the releasing task could never run
                one.runBlocking(() -> {
                    try {
                        released.await();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                });
                return one.current().orElseThrow().state().name();
            });
            TestSupport.untilBlocked(waiter);
            // the state turns BLOCKED just before the permit is handed back
            TestSupport.until("the blocked task lent its permit", () -> one.gate().available() == 1);
            one.spawn(() -> {
                released.countDown();
                return null;
            }).await();
            assertEquals("RUNNING", waiter.await(), "the permit is taken back before the task runs on");
            assertEquals(1, one.gate().available());
        }
    }

    @Test
    void runBlockingOutsideATaskJustRuns() {
        AtomicBoolean ran = new AtomicBoolean();
        scheduler.runBlocking(() -> ran.set(true));
        assertTrue(ran.get());
    }

    @Test
    void aFailingListenerDoesNotDisturbTheTask() {
        scheduler.addLifecycleListener(new TaskLifecycleListener() {
            @Override
            public void taskStarted(Task task) {
                throw new IllegalStateException("listener bug");
            }

            @Override
            public void taskStopped(Task task) {
                throw new IllegalStateException("listener bug");
            }
        });
        assertEquals(7, scheduler.spawn(() -> 7).await());
    }

    @Test
    void shutdownCancelsBlockedTasksStopsActorsAndJoins() {
        Channel<Integer> ch = scheduler.newChannel(1);
        AtomicBoolean cleanedUp = new AtomicBoolean();
        TaskHandle<Integer> blocked = scheduler.spawn(() -> {
            try {
                return ch.receive().orElse(-1);
            } finally {
                cleanedUp.set(true);
            }
        });
        TestSupport.untilBlocked(blocked);
        var actor = scheduler.spawnActor("a", m -> m);
        scheduler.shutdown();
        assertTrue(cleanedUp.get(), "shutdown returns only after the task has stopped");
        assertTrue(blocked.isCancelled());
        assertThrows(TaskCancelledException.class, blocked::await);
        assertFalse(actor.isAlive());
        assertEquals(0, scheduler.liveTaskCount());
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> scheduler.spawn(() -> 1));
        assertEquals("the scheduler of VM 'test' is shut down", e.getMessage());
    }

    @Test
    void aTaskMayShutItsOwnSchedulerDown() {
        AtomicBoolean returned = new AtomicBoolean();
        TaskHandle<Integer> t = scheduler.spawn(() -> { scheduler.shutdown(); returned.set(true); return 1; });
        assertInstanceOf(TaskOutcome.Cancelled.class, t.settle(), "shutdown cancels the calling task too");
        assertTrue(returned.get(), "shutdown called from a task does not wait for that task");
        assertTrue(scheduler.isShutdown());
    }

    @Test
    void oneThreadBoundsParallelismButBlockedTasksLendTheirPermit() {
        scheduler.close();
        scheduler = TestSupport.scheduler(1, 100);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger maxRunning = new AtomicInteger();
        Channel<Integer> ch = scheduler.newChannel(1);
        // A producer and a consumer on one thread: the consumer must lend its permit while it waits.
        TaskHandle<Integer> consumer = scheduler.spawn(() -> {
            int sum = 0;
            for (int v : ch) {
                maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                sum += v;
                running.decrementAndGet();
            }
            return sum;
        });
        TaskHandle<Void> producer = scheduler.spawn(() -> {
            for (int i = 1; i <= 100; i++) {
                maxRunning.accumulateAndGet(running.incrementAndGet(), Math::max);
                running.decrementAndGet();
                ch.send(i);
            }
            ch.close();
            return null;
        });
        producer.await();
        assertEquals(5050, consumer.await());
        assertEquals(1, maxRunning.get());
        assertEquals(1, scheduler.gate().available());
    }

    @Test
    void sleepOfACancelledTaskThrowsAtOnce() {
        CountDownLatch started = new CountDownLatch(1);
        TaskHandle<Void> t = scheduler.spawn(() -> { started.countDown(); while (true) { scheduler.sleep(60_000); } });
        Await.latch(started);
        TestSupport.untilBlocked(t);
        assertTrue(t.cancel());
        assertFalse(t.cancel(), "cancel is idempotent");
        assertThrows(TaskCancelledException.class, t::await);
    }

    @Test
    void aShutDownSchedulerTellsItsOwnTasksTheyAreCancelledAndOthersItIsShutDown() {
        RuntimeException toTask = TaskScheduler.refusal("vm-1", true);
        assertInstanceOf(TaskCancelledException.class, toTask);
        assertEquals("the scheduler of VM 'vm-1' is shutting down", toTask.getMessage());
        RuntimeException toOthers = TaskScheduler.refusal("vm-1", false);
        assertInstanceOf(IllegalStateException.class, toOthers);
        assertEquals("the scheduler of VM 'vm-1' is shut down", toOthers.getMessage());
    }

    @Test
    void tasksSpawnedByTasksDuringShutdownAreRefusedOrCancelled() {
        CountDownLatch spawning = new CountDownLatch(1);
        List<TaskHandle<Void>> children = new CopyOnWriteArrayList<>();
        TaskHandle<Void> spawner = scheduler.spawn(() -> {
            spawning.countDown();
            while (true) {
                // Keeps spawning sleepers; shutdown must neither miss one nor wait forever.
                try {
                    children.add(scheduler.spawn(() -> { scheduler.sleep(60_000); return null; }));
                } catch (TaskLimitException full) {
                    // The limit may be reached before shutdown begins; keep trying until cancelled.
                }
                Thread.yield();
            }
        });
        Await.latch(spawning);
        scheduler.shutdown();
        assertInstanceOf(TaskOutcome.Cancelled.class, spawner.settle());
        assertTrue(children.stream().allMatch(TaskHandle::isDone));
        assertEquals(0, scheduler.liveTaskCount());
    }

    @Test
    void aTaskCannotAwaitItself() {
        TaskHandle<?>[] self = new TaskHandle<?>[1];
        CountDownLatch assigned = new CountDownLatch(1);
        TaskHandle<String> t = scheduler.spawn(() -> {
            assigned.await();
            try {
                self[0].await();
                return "awaited";
            } catch (IllegalStateException e) {
                return e.getMessage();
            }
        });
        self[0] = t;
        assigned.countDown();
        assertEquals("task '" + t.name() + "' cannot await itself", t.await());
    }

    @Test
    void negativeTimerDelayIsRejected() {
        assertEquals("timer delay must not be negative, got -5 ms", assertThrows(IllegalArgumentException.class,
                () -> scheduler.schedule(Duration.ofMillis(-5), () -> 1)).getMessage());
    }

    @Test
    void outcomeHoldsTheSameFailureInstance() {
        IllegalStateException boom = new IllegalStateException("boom");
        TaskHandle<Void> t = scheduler.spawn(() -> { throw boom; });
        assertSame(boom, assertThrows(IllegalStateException.class, t::await));
    }
}
