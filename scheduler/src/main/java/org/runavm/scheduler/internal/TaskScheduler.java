package org.runavm.scheduler.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.LongSupplier;

import org.runavm.kernel.sched.ActorBehavior;
import org.runavm.kernel.sched.ActorRef;
import org.runavm.kernel.sched.AtomicCounter;
import org.runavm.kernel.sched.Channel;
import org.runavm.kernel.sched.ChildSpec;
import org.runavm.kernel.sched.Mutex;
import org.runavm.kernel.sched.Scheduler;
import org.runavm.kernel.sched.SchedulerConfig;
import org.runavm.kernel.sched.Semaphore;
import org.runavm.kernel.sched.SharedQueue;
import org.runavm.kernel.sched.Supervisor;
import org.runavm.kernel.sched.SupervisorSpec;
import org.runavm.kernel.sched.Task;
import org.runavm.kernel.sched.TaskCancelledException;
import org.runavm.kernel.sched.TaskBody;
import org.runavm.kernel.sched.TaskGroup;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskLifecycleListener;
import org.runavm.kernel.sched.TaskOutcome;
import org.runavm.scheduler.internal.actor.ActorCell;
import org.runavm.scheduler.internal.actor.AskTimer;
import org.runavm.scheduler.internal.actor.SupervisorImpl;
import org.runavm.scheduler.internal.sync.BoundedChannel;
import org.runavm.scheduler.internal.sync.Counter;
import org.runavm.scheduler.internal.sync.CountingSemaphore;
import org.runavm.scheduler.internal.sync.LinkedSharedQueue;
import org.runavm.scheduler.internal.sync.ReentrantMutex;
import org.runavm.scheduler.internal.task.Awaiting;
import org.runavm.scheduler.internal.task.Blocking;
import org.runavm.scheduler.internal.task.LifecycleListeners;
import org.runavm.scheduler.internal.task.ParallelismGate;
import org.runavm.scheduler.internal.task.TaskFactory;
import org.runavm.scheduler.internal.task.TaskGroupImpl;
import org.runavm.scheduler.internal.task.TaskImpl;
import org.runavm.scheduler.internal.task.TaskRegistry;
import org.runavm.scheduler.internal.task.ThreadStarter;
import org.runavm.scheduler.internal.task.VirtualThreadStarter;

/**
 * The scheduler of one VM: the entry point that wires tasks, primitives and actors together. It holds
 * no logic of its own beyond shutdown; each operation delegates to the class that owns it.
 */
public final class TaskScheduler implements Scheduler {

    private final SchedulerConfig config;
    private final TaskRegistry registry;
    private final ParallelismGate gate;
    private final LifecycleListeners listeners = new LifecycleListeners();
    private final ThreadStarter starter;
    private final TaskFactory tasks;
    private final AskTimer askTimer = new AskTimer();
    private final LongSupplier nanoClock;
    private final Set<ActorCell<?, ?>> actors = ConcurrentHashMap.newKeySet();
    private final Runnable onShutdown;
    private volatile boolean shutdown;

    /** A scheduler on virtual threads. */
    public TaskScheduler(SchedulerConfig config) {
        this(config, new VirtualThreadStarter(), ParallelismGate.forThreads(config.threads()), System::nanoTime, () -> { });
    }

    /**
     * @param starter    where task threads come from
     * @param gate       the bound on tasks running at once (see {@link ParallelismGate#forThreads})
     * @param nanoClock  the clock supervisors count restart windows with
     * @param onShutdown called once after shutdown completes
     */
    public TaskScheduler(SchedulerConfig config, ThreadStarter starter, ParallelismGate gate, LongSupplier nanoClock,
                         Runnable onShutdown) {
        this.config = Objects.requireNonNull(config, "config");
        this.registry = new TaskRegistry(config.maxTasks());
        this.gate = gate;
        this.starter = starter;
        this.nanoClock = nanoClock;
        this.onShutdown = onShutdown;
        this.tasks = new TaskFactory(config.name(), registry, gate, listeners, starter);
    }

    @Override
    public <T> TaskHandle<T> spawn(TaskBody<T> body) {
        return spawn(null, body);
    }

    @Override
    public <T> TaskHandle<T> spawn(String name, TaskBody<T> body) {
        ensureRunning();
        return tasks.start(name, Objects.requireNonNull(body, "body"), true);
    }

    @Override
    public <T> TaskHandle<T> schedule(Duration delay, TaskBody<T> body) {
        Objects.requireNonNull(body, "body");
        if (delay.isNegative()) {
            throw new IllegalArgumentException("timer delay must not be negative, got " + delay.toMillis() + " ms");
        }
        long millis = delay.toMillis();
        return spawn(null, () -> {
            sleep(millis);
            return body.run();
        });
    }

    @Override
    public <T> List<T> awaitAll(List<? extends TaskHandle<? extends T>> handles) {
        return Awaiting.all(handles);
    }

    @Override
    public <T> List<TaskOutcome<T>> awaitAllSettled(List<? extends TaskHandle<? extends T>> handles) {
        return Awaiting.allSettled(handles);
    }

    @Override
    public <T> T awaitAny(List<? extends TaskHandle<? extends T>> handles) {
        return Awaiting.any(handles);
    }

    @Override
    public void sleep(long millis) {
        if (millis < 0) {
            throw new IllegalArgumentException("sleep time must not be negative, got " + millis);
        }
        Blocking.call("sleep", () -> {
            Thread.sleep(millis);
            return null;
        });
    }

    @Override
    public void runBlocking(Runnable wait) {
        Blocking.uninterruptibly(() -> {
            wait.run();
            return null;
        });
    }

    @Override
    public Optional<Task> current() {
        TaskImpl<?> task = TaskImpl.current();
        return task != null && task.belongsTo(registry) ? Optional.of(task) : Optional.empty();
    }

    @Override
    public TaskGroup newGroup() {
        ensureRunning();
        return new TaskGroupImpl(tasks);
    }

    @Override
    public <T> Channel<T> newChannel(int capacity) {
        return new BoundedChannel<>(capacity);
    }

    @Override
    public Mutex newMutex() {
        return new ReentrantMutex();
    }

    @Override
    public Semaphore newSemaphore(int permits) {
        return new CountingSemaphore(permits);
    }

    @Override
    public AtomicCounter newCounter(long initial) {
        return new Counter(initial);
    }

    @Override
    public <T> SharedQueue<T> newQueue() {
        return new LinkedSharedQueue<>();
    }

    @Override
    public <M, R> ActorRef<M, R> spawnActor(String name, ActorBehavior<M, R> behavior) {
        Objects.requireNonNull(behavior, "behavior");
        ensureRunning();
        registry.reserve(1);
        return newActor(name, () -> behavior);
    }

    @Override
    public Supervisor supervise(SupervisorSpec spec, List<ChildSpec<?, ?>> children) {
        ensureRunning();
        registry.reserve(children.size());
        List<ActorCell<?, ?>> cells = new ArrayList<>(children.size());
        try {
            for (ChildSpec<?, ?> child : children) {
                cells.add(newActor(child.name(), child.factory()));
            }
        } catch (RuntimeException e) {
            cells.forEach(ActorCell::stop);
            registry.release(children.size() - cells.size());
            throw e;
        }
        return new SupervisorImpl(spec, cells, nanoClock);
    }

    /** Makes an actor whose slot is already reserved; the slot is freed when it stops. */
    private <M, R> ActorCell<M, R> newActor(String name, java.util.function.Supplier<? extends ActorBehavior<M, R>> factory) {
        ActorCell<M, R> cell;
        try {
            cell = new ActorCell<>(Objects.requireNonNull(name, "name"), factory, tasks, askTimer, stopped -> {
                actors.remove(stopped);
                registry.release(1);
            });
        } catch (RuntimeException e) {
            registry.release(1);
            throw e;
        }
        actors.add(cell);
        return cell;
    }

    @Override
    public void forEachLiveTask(Consumer<? super Task> action) {
        registry.forEach(action);
    }

    @Override
    public void forEachActor(Consumer<? super ActorRef<?, ?>> action) {
        actors.forEach(action);
    }

    @Override
    public int liveTaskCount() {
        return registry.liveCount();
    }

    @Override
    public void addLifecycleListener(TaskLifecycleListener listener) {
        listeners.add(listener);
    }

    @Override
    public void removeLifecycleListener(TaskLifecycleListener listener) {
        listeners.remove(listener);
    }

    @Override
    public SchedulerConfig config() {
        return config;
    }

    @Override
    public boolean isShutdown() {
        return shutdown;
    }

    @Override
    public void shutdown() {
        synchronized (this) {
            if (shutdown) {
                return;
            }
            shutdown = true;
        }
        // Actors first, so no message loop starts new work; then tasks, which are woken in their waits.
        new ArrayList<>(actors).forEach(ActorCell::stop);
        registry.close();
        registry.awaitEmpty();
        askTimer.close();
        starter.close();
        onShutdown.run();
    }

    /** {@code max_tasks} slots in use: live tasks, pending timers and actors. */
    public int reservedSlots() {
        return registry.reservedCount();
    }

    /** The parallelism gate (for tests and diagnostics). */
    public ParallelismGate gate() {
        return gate;
    }

    private void ensureRunning() {
        if (shutdown) {
            Optional<Task> own = current();
            // The shutdown cancels this task anyway, perhaps a moment from now: cancel it first, so its
            // outcome is Cancelled whichever comes first, the refusal or the shutdown's cancellation.
            own.ifPresent(Task::cancel);
            throw refusal(config.name(), own.isPresent());
        }
    }

    /**
     * Why a shut-down scheduler refuses new work. A task of the scheduler asking for more is being
     * cancelled by that very shutdown (possibly a moment later), so it is told it is cancelled and
     * ends as Cancelled, not as failed; anyone else is told the scheduler is shut down.
     */
    static RuntimeException refusal(String vm, boolean askedByOwnTask) {
        return askedByOwnTask
                ? new TaskCancelledException("the scheduler of VM '" + vm + "' is shutting down")
                : new IllegalStateException("the scheduler of VM '" + vm + "' is shut down");
    }
}
