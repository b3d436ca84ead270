package org.runavm.scheduler.internal.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.sched.ActorRef;
import org.runavm.kernel.sched.ActorStoppedException;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskOutcome;
import org.runavm.kernel.sched.TaskTimeoutException;
import org.runavm.scheduler.internal.Await;
import org.runavm.scheduler.internal.TaskScheduler;
import org.runavm.scheduler.internal.TestSupport;

class ActorCellTest {

    private final TaskScheduler scheduler = TestSupport.scheduler();

    @AfterEach
    void close() {
        scheduler.close();
    }

    /** A message from one sender: who and its sequence number. */
    private record Msg(int sender, int seq) {
    }

    @Test
    void messagesFromManySendersAreHandledOneAtATimeInEnqueueOrderPerSender() {
        int senders = 8;
        int perSender = 500;
        List<Msg> handled = new ArrayList<>(); // no lock: one message at a time is the claim under test
        AtomicInteger inside = new AtomicInteger();
        AtomicInteger overlaps = new AtomicInteger();
        ActorRef<Msg, Void> actor = scheduler.spawnActor("log", m -> {
            if (inside.incrementAndGet() != 1) {
                overlaps.incrementAndGet();
            }
            handled.add(m);
            inside.decrementAndGet();
            return null;
        });
        List<TaskHandle<Void>> tasks = new ArrayList<>();
        for (int s = 0; s < senders; s++) {
            int sender = s;
            tasks.add(scheduler.spawn(() -> {
                for (int i = 0; i < perSender; i++) {
                    actor.send(new Msg(sender, i));
                }
                return null;
            }));
        }
        scheduler.awaitAll(tasks);
        actor.ask(new Msg(-1, 0)).await(); // handled after everything enqueued before it
        assertEquals(0, overlaps.get());
        assertEquals(senders * perSender + 1, handled.size());
        int[] next = new int[senders];
        for (Msg m : handled.subList(0, handled.size() - 1)) {
            assertEquals(next[m.sender()]++, m.seq(), "sender " + m.sender() + " out of order");
        }
    }

    @Test
    void askReturnsTheReply() {
        int[] count = {0};
        ActorRef<Integer, Integer> counter = scheduler.spawnActor("counter", n -> count[0] += n);
        counter.send(5);
        counter.send(2);
        assertEquals(10, counter.ask(3).await());
    }

    @Test
    void aFailureFailsTheAskAndStopsAnUnsupervisedActor() {
        CountDownLatch release = new CountDownLatch(1);
        ActorRef<String, String> actor = scheduler.spawnActor("fragile", m -> {
            if (m.equals("boom")) {
                release.await();
                throw new IllegalStateException("cannot handle " + m);
            }
            return m;
        });
        TaskHandle<String> boom = actor.ask("boom");
        TaskHandle<String> queued = actor.ask("after");
        release.countDown();
        assertEquals("cannot handle boom", assertThrows(IllegalStateException.class, boom::await).getMessage());
        assertEquals("actor 'fragile' stopped before handling the message",
                assertThrows(ActorStoppedException.class, queued::await).getMessage());
        assertFalse(actor.isAlive());
        assertEquals("actor 'fragile' has stopped", assertThrows(ActorStoppedException.class, () -> actor.send("x")).getMessage());
        assertEquals(0, scheduler.reservedSlots(), "a stopped actor frees its task slot");
    }

    @Test
    void askTimesOutAndTheLateReplyIsDiscarded() {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch handled = new CountDownLatch(1);
        ActorRef<String, String> slow = scheduler.spawnActor("slow", m -> {
            release.await();
            handled.countDown();
            return "late " + m;
        });
        TaskHandle<String> reply = slow.ask("q", Duration.ofMillis(5));
        TaskTimeoutException e = assertThrows(TaskTimeoutException.class, reply::await);
        assertEquals("actor 'slow' did not reply within 5 ms", e.getMessage());
        release.countDown();
        Await.latch(handled);
        assertEquals("late r", slow.ask("r").await());
        assertThrows(TaskTimeoutException.class, reply::await, "the reply stays timed out");
    }

    @Test
    void repliesAndTasksAwaitTogether() {
        ActorRef<Integer, Integer> doubler = scheduler.spawnActor("doubler", n -> n * 2);
        List<TaskHandle<Integer>> mixed = List.of(doubler.ask(1), scheduler.spawn(() -> 5), doubler.ask(3));
        assertEquals(List.of(2, 5, 6), scheduler.awaitAll(mixed));
        assertEquals(2, scheduler.awaitAny(List.of(doubler.ask(1))));
    }

    @Test
    void askWithinItsTimeoutReturnsTheReply() {
        ActorRef<String, String> echo = scheduler.spawnActor("echo", m -> m);
        assertEquals("hi", echo.ask("hi", Duration.ofMinutes(1)).await());
    }

    @Test
    void aCancelledAskIsSkipped() {
        CountDownLatch release = new CountDownLatch(1);
        List<String> handled = new ArrayList<>();
        ActorRef<String, String> actor = scheduler.spawnActor("a", m -> {
            if (m.equals("first")) {
                release.await();
            }
            handled.add(m);
            return m;
        });
        TaskHandle<String> first = actor.ask("first");
        TaskHandle<String> skipped = actor.ask("skipped");
        assertTrue(skipped.cancel());
        release.countDown();
        first.await();
        actor.ask("last").await();
        assertEquals(List.of("first", "last"), handled);
        assertInstanceOf(TaskOutcome.Cancelled.class, skipped.settle());
    }

    @Test
    void mailboxShowsPendingMessagesOldestFirst() {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ActorRef<String, Void> actor = scheduler.spawnActor("m", m -> {
            busy.countDown();
            release.await();
            return null;
        });
        actor.send("one");
        Await.latch(busy);
        actor.send("two");
        actor.send("three");
        assertEquals(2, actor.mailbox().size());
        List<String> pending = new ArrayList<>();
        actor.mailbox().forEachPending(pending::add);
        assertEquals(List.of("two", "three"), pending);
        release.countDown();
    }

    @Test
    void stopFailsPendingAsksAndRejectsNewMessages() {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ActorRef<String, String> actor = scheduler.spawnActor("s", m -> { busy.countDown(); release.await(); return m; });
        TaskHandle<String> current = actor.ask("current");
        Await.latch(busy);
        TaskHandle<String> pending = actor.ask("pending");
        actor.stop();
        release.countDown();
        assertEquals("current", current.await(), "the message being handled completes");
        assertThrows(ActorStoppedException.class, pending::await);
        assertThrows(ActorStoppedException.class, () -> actor.ask("new"));
    }

    @Test
    void anIdleActorHasNoLiveTask() {
        ActorRef<String, String> actor = scheduler.spawnActor("idle", m -> m);
        assertEquals("x", actor.ask("x").await());
        TestSupport.until("the message loop ends", () -> scheduler.liveTaskCount() == 0);
        assertTrue(actor.isAlive());
        assertEquals("y", actor.ask("y").await(), "a new message starts a new loop");
    }

    @Test
    void theMessageLoopRunsAsALiveTaskNamedAfterTheActor() {
        CountDownLatch busy = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ActorRef<String, String> actor = scheduler.spawnActor("worker", m -> { busy.countDown(); release.await(); return m; });
        TaskHandle<String> reply = actor.ask("a");
        Await.latch(busy);
        List<String> names = new ArrayList<>();
        scheduler.forEachLiveTask(t -> names.add(t.name()));
        assertEquals(List.of("worker"), names);
        release.countDown();
        reply.await();
    }
}
