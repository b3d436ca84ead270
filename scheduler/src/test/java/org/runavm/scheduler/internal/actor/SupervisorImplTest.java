package org.runavm.scheduler.internal.actor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.sched.ActorBehavior;
import org.runavm.kernel.sched.ActorRef;
import org.runavm.kernel.sched.ActorStoppedException;
import org.runavm.kernel.sched.ChildSpec;
import org.runavm.kernel.sched.RestartStrategy;
import org.runavm.kernel.sched.SchedulerConfig;
import org.runavm.kernel.sched.Supervisor;
import org.runavm.kernel.sched.SupervisorSpec;
import org.runavm.kernel.sched.TaskLimitException;
import org.runavm.scheduler.internal.TaskScheduler;
import org.runavm.scheduler.internal.task.ParallelismGate;
import org.runavm.scheduler.internal.task.VirtualThreadStarter;

class SupervisorImplTest {

    private final AtomicLong clock = new AtomicLong();
    private final AtomicInteger factoryCalls = new AtomicInteger();
    private final TaskScheduler scheduler = new TaskScheduler(new SchedulerConfig("test", 4, 10),
            new VirtualThreadStarter(), ParallelismGate.open(), clock::get, () -> { });

    @AfterEach
    void close() {
        scheduler.close();
    }

    /** A counter actor: "inc" counts, "get" reads, "boom" fails. */
    private ActorBehavior<String, Integer> counter() {
        factoryCalls.incrementAndGet();
        int[] count = {0};
        return m -> switch (m) {
            case "inc" -> ++count[0];
            case "get" -> count[0];
            default -> throw new IllegalStateException("boom");
        };
    }

    private Supervisor start(RestartStrategy strategy, int maxRestarts) {
        List<ChildSpec<?, ?>> children = List.of(
                new ChildSpec<>("a", this::counter), new ChildSpec<>("b", this::counter), new ChildSpec<>("c", this::counter));
        Supervisor sup = scheduler.supervise(new SupervisorSpec(strategy, maxRestarts, Duration.ofSeconds(10)), children);
        for (String name : List.of("a", "b", "c")) {
            sup.<String, Integer>child(name).ask("inc").await();
        }
        return sup;
    }

    private static List<Integer> counts(Supervisor sup) {
        return List.of("a", "b", "c").stream().map(n -> sup.<String, Integer>child(n).ask("get").await()).toList();
    }

    private static void fail(Supervisor sup, String child) {
        assertEquals("boom", assertThrows(IllegalStateException.class, () -> sup.<String, Integer>child(child).ask("boom").await()).getMessage());
    }

    @Test
    void oneForOneRestartsOnlyTheFailedChild() {
        Supervisor sup = start(RestartStrategy.ONE_FOR_ONE, 3);
        fail(sup, "b");
        assertEquals(List.of(1, 0, 1), counts(sup));
        assertEquals(1, sup.restartCount());
        assertEquals(4, factoryCalls.get(), "three starts and one restart");
        assertTrue(sup.isRunning());
    }

    @Test
    void oneForAllRestartsEveryChild() {
        Supervisor sup = start(RestartStrategy.ONE_FOR_ALL, 3);
        fail(sup, "b");
        assertEquals(List.of(0, 0, 0), counts(sup));
        assertEquals(1, sup.restartCount());
    }

    @Test
    void restForOneRestartsTheFailedChildAndThoseStartedAfterIt() {
        Supervisor sup = start(RestartStrategy.REST_FOR_ONE, 3);
        fail(sup, "b");
        assertEquals(List.of(1, 0, 0), counts(sup));
    }

    @Test
    void aRestartedChildKeepsItsReferenceAndMailbox() {
        Supervisor sup = start(RestartStrategy.ONE_FOR_ONE, 3);
        ActorRef<String, Integer> b = sup.child("b");
        fail(sup, "b");
        assertSame(b, sup.child("b"));
        assertEquals(1, b.ask("inc").await());
    }

    @Test
    void exceedingTheRestartLimitStopsEveryChildAndRecordsTheFailure() {
        Supervisor sup = start(RestartStrategy.ONE_FOR_ONE, 2);
        fail(sup, "a");
        fail(sup, "c");
        assertTrue(sup.isRunning());
        fail(sup, "a");
        assertFalse(sup.isRunning());
        assertEquals("boom", sup.failure().orElseThrow().getMessage());
        assertEquals(2, sup.restartCount());
        for (ActorRef<?, ?> child : sup.children()) {
            assertFalse(child.isAlive(), child.name());
        }
        assertThrows(ActorStoppedException.class, () -> sup.<String, Integer>child("b").ask("get"));
        assertEquals(0, scheduler.reservedSlots(), "children freed their slots");
    }

    @Test
    void restartsOutsideTheWindowDoNotCount() {
        Supervisor sup = start(RestartStrategy.ONE_FOR_ONE, 1);
        fail(sup, "a");
        clock.addAndGet(Duration.ofSeconds(10).toNanos());
        fail(sup, "a");
        assertTrue(sup.isRunning(), "the first restart left the window");
        fail(sup, "b");
        assertFalse(sup.isRunning());
    }

    @Test
    void childrenCountTowardsMaxTasks() {
        List<ChildSpec<?, ?>> many = java.util.stream.IntStream.range(0, 11)
                .<ChildSpec<?, ?>>mapToObj(i -> new ChildSpec<>("c" + i, this::counter)).toList();
        assertThrows(TaskLimitException.class, () -> scheduler.supervise(SupervisorSpec.of(RestartStrategy.ONE_FOR_ONE), many));
        assertEquals(0, factoryCalls.get(), "nothing was started");
    }

    @Test
    void aSupervisorWhoseChildrenAllStoppedIsNotRunning() {
        Supervisor sup = start(RestartStrategy.ONE_FOR_ONE, 1);
        sup.<String, Integer>child("a").stop();
        sup.<String, Integer>child("b").stop();
        assertTrue(sup.isRunning());
        scheduler.shutdown();
        assertFalse(sup.isRunning());
        assertTrue(sup.failure().isEmpty(), "stopping is not a failure");
    }

    @Test
    void unknownChildIsAClearError() {
        Supervisor sup = start(RestartStrategy.ONE_FOR_ONE, 1);
        assertEquals("supervisor has no child named 'z'",
                assertThrows(IllegalArgumentException.class, () -> sup.child("z")).getMessage());
        sup.stop();
        assertFalse(sup.isRunning());
        assertTrue(sup.failure().isEmpty());
    }
}
