package org.runavm.kernel.sched;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The tasks of one VM instance and the primitives they coordinate with.
 *
 * <p>Blocking methods may be called from task threads and from other threads alike (the embedding
 * thread that awaits the main task, for instance); a task blocked in one of them is
 * {@link TaskState#BLOCKED} and is woken with {@link TaskCancelledException} when cancelled.
 */
@ProviderType
public interface Scheduler extends AutoCloseable {

    /**
     * Starts {@code body} as a new task.
     *
     * @throws TaskLimitException    if {@code max_tasks} tasks are already live
     * @throws IllegalStateException if the scheduler is shut down
     */
    <T> TaskHandle<T> spawn(TaskBody<T> body);

    /** Like {@link #spawn(TaskBody)}, naming the task for diagnostics. */
    <T> TaskHandle<T> spawn(String name, TaskBody<T> body);

    /**
     * A timer: a task that runs {@code body} after {@code delay}. It is live (and counts towards
     * {@code max_tasks}) from now; cancelling it before the delay ends means the body never runs.
     */
    <T> TaskHandle<T> schedule(Duration delay, TaskBody<T> body);

    /**
     * Waits for every task and returns their results in the order of {@code tasks}. The first failure
     * (in completion order) is rethrown as soon as it happens; the other tasks keep running (use a
     * {@link TaskGroup} when they should be cancelled).
     */
    <T> List<T> awaitAll(List<? extends TaskHandle<? extends T>> tasks);

    /** Waits for every task to stop and returns how each ended, in the order of {@code tasks}. */
    <T> List<TaskOutcome<T>> awaitAllSettled(List<? extends TaskHandle<? extends T>> tasks);

    /**
     * Returns the result of the first task to succeed. If every task fails or is cancelled, the
     * failure of the first of them (in the order of {@code tasks}) is rethrown. The list must not be
     * empty.
     */
    <T> T awaitAny(List<? extends TaskHandle<? extends T>> tasks);

    /** Sleeps; a cancelled task is woken with {@link TaskCancelledException}. */
    void sleep(long millis);

    /**
     * Runs a wait that is not one of this scheduler's primitives (an engine's own lock or condition,
     * console input, a blocking native call) as a blocking operation of the calling task: the task is
     * {@link TaskState#BLOCKED} and lends its thread permit to other tasks until {@code wait} returns,
     * so a VM with one thread does not stall while one task waits for another. {@code wait} handles
     * interruption (cancellation) itself. On a thread that is not one of this scheduler's tasks it
     * just runs {@code wait}.
     *
     * @since 1.1
     */
    void runBlocking(Runnable wait);

    /** The task running on the calling thread, if it is one of this scheduler's tasks. */
    Optional<Task> current();

    /** A new structured scope; close it (try-with-resources) to wait for the tasks it ran. */
    TaskGroup newGroup();

    /** A bounded channel holding at most {@code capacity} (at least 1) values. */
    <T> Channel<T> newChannel(int capacity);

    /** A new, unlocked mutex. */
    Mutex newMutex();

    /** A semaphore with {@code permits} (at least 0) permits. */
    Semaphore newSemaphore(int permits);

    /** A counter starting at {@code initial}. */
    AtomicCounter newCounter(long initial);

    /** An unbounded thread-safe FIFO queue. */
    <T> SharedQueue<T> newQueue();

    /**
     * Starts an unsupervised actor. It counts as one live task until it stops. If its behaviour fails,
     * the message's ask fails with that error and the actor stops.
     */
    <M, R> ActorRef<M, R> spawnActor(String name, ActorBehavior<M, R> behavior);

    /**
     * Starts a supervisor and its children, in order. Each child counts as one live task.
     *
     * @throws TaskLimitException if the children do not fit under {@code max_tasks}; none is started
     */
    Supervisor supervise(SupervisorSpec spec, List<ChildSpec<?, ?>> children);

    /** Calls {@code action} for every live task (spawned and not yet stopped), e.g. to scan roots. */
    void forEachLiveTask(Consumer<? super Task> action);

    /**
     * Calls {@code action} for every live actor (spawned or supervised, not yet stopped). With
     * {@link ActorRef#mailbox()} this reaches every queued message, which a collector treats as roots.
     */
    void forEachActor(Consumer<? super ActorRef<?, ?>> action);

    /** How many tasks are live now. */
    int liveTaskCount();

    /** Registers a listener for task threads starting after this call. */
    void addLifecycleListener(TaskLifecycleListener listener);

    /** Unregisters a listener. */
    void removeLifecycleListener(TaskLifecycleListener listener);

    /** The configuration this scheduler was created with. */
    SchedulerConfig config();

    /** Whether {@link #shutdown()} has begun. */
    boolean isShutdown();

    /**
     * Stops accepting work, stops every actor, cancels every live task and waits until all have
     * stopped. Idempotent. Tasks that ignore cancellation are waited for: cancellation is cooperative.
     */
    void shutdown();

    /** Same as {@link #shutdown()}. */
    @Override
    default void close() {
        shutdown();
    }
}
