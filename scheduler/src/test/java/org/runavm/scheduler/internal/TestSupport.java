package org.runavm.scheduler.internal;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.runavm.kernel.sched.SchedulerConfig;
import org.runavm.kernel.sched.Task;
import org.runavm.kernel.sched.TaskState;
import org.runavm.scheduler.internal.task.ParallelismGate;
import org.runavm.scheduler.internal.task.VirtualThreadStarter;

/** Shared by the scheduler's tests: schedulers sized for tests and condition waits. */
public final class TestSupport {

    private TestSupport() {
    }

    public static TaskScheduler scheduler() {
        return scheduler(4, 1000);
    }

    /** A scheduler whose gate really bounds to {@code threads}, whatever the machine's core count. */
    public static TaskScheduler scheduler(int threads, int maxTasks) {
        return new TaskScheduler(new SchedulerConfig("test", threads, maxTasks), new VirtualThreadStarter(),
                ParallelismGate.bounded(threads), System::nanoTime, () -> { });
    }

    /**
     * Waits until {@code condition} holds. Used to reach a state another thread enters (a task parked
     * in a wait); it polls a condition, it does not guess a duration. Fails after 10 s.
     */
    public static void until(String what, BooleanSupplier condition) {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("timed out waiting until " + what);
            }
            Thread.onSpinWait();
            Thread.yield();
        }
    }

    /** Waits until {@code task} is parked in a blocking operation. */
    public static void untilBlocked(Task task) {
        until(task.name() + " is blocked", () -> task.state() == TaskState.BLOCKED);
    }
}
