package org.runavm.scheduler.internal.task;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;

import org.runavm.kernel.sched.TaskBody;
import org.runavm.kernel.sched.TaskOutcome;
import org.runavm.kernel.sched.TaskState;

/**
 * One task: its body, the thread it runs on, its state and its outcome.
 *
 * <p>Cancellation rule: once {@link #cancel()} has been requested before the body stopped, the outcome
 * is {@code Cancelled}, whatever the body then returned or threw. The outcome is set only after the
 * body has stopped, so awaiting a cancelled task also waits for it to stop: nothing a cancelled task
 * does can happen after its awaiter moved on.
 */
public final class TaskImpl<T> extends BaseHandle<T> implements Runnable {

    private static final ThreadLocal<TaskImpl<?>> CURRENT = new ThreadLocal<>();

    private final long id;
    private final String name;
    private final TaskBody<T> body;
    private final TaskRegistry registry;
    private final ParallelismGate gate;
    private final LifecycleListeners listeners;
    private final boolean holdsSlot;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private volatile Thread thread;
    private volatile TaskState state = TaskState.PENDING;
    /** Whether this task holds a gate permit now; read and written only on the task's own thread. */
    private boolean holdsPermit;

    TaskImpl(long id, String name, TaskBody<T> body, TaskRegistry registry, ParallelismGate gate,
             LifecycleListeners listeners, boolean holdsSlot) {
        this.id = id;
        this.name = name;
        this.body = body;
        this.registry = registry;
        this.gate = gate;
        this.listeners = listeners;
        this.holdsSlot = holdsSlot;
    }

    /** The task running on the calling thread, or {@code null}. */
    public static TaskImpl<?> current() {
        return CURRENT.get();
    }

    @Override
    public void run() {
        thread = Thread.currentThread();
        CURRENT.set(this);
        listeners.started(this);
        T value = null;
        Throwable failure = null;
        try {
            if (!cancelRequested.get()) {
                gate.enter();
                holdsPermit = true;
                try {
                    state = TaskState.RUNNING;
                    value = body.run();
                } finally {
                    holdsPermit = false;
                    gate.leave();
                }
            }
        } catch (Throwable t) {
            failure = t;
        } finally {
            state = TaskState.DONE;
            listeners.stopped(this);
            CURRENT.remove();
            // A cancel that raced with the end of the body must not leak into whatever runs next here.
            Thread.interrupted();
            registry.removeEnding(this);
            if (holdsSlot) {
                registry.release(1);
            }
            try {
                finish(outcomeOf(value, failure));
            } finally {
                registry.ended();
            }
        }
    }

    private TaskOutcome<T> outcomeOf(T value, Throwable failure) {
        if (cancelRequested.get()) {
            return new TaskOutcome.Cancelled<>();
        }
        return failure != null ? new TaskOutcome.Failure<>(failure) : new TaskOutcome.Success<>(value);
    }

    /**
     * Entering a blocking operation: lend the permit to other tasks.
     *
     * @return whether a permit was lent (not when the wait happens outside the body, e.g. in a
     *         lifecycle listener, where the task holds none)
     */
    boolean parkBegin() {
        if (!holdsPermit) {
            return false;
        }
        holdsPermit = false;
        state = TaskState.BLOCKED;
        gate.leave();
        return true;
    }

    /** Leaving a blocking operation: take the lent permit back before running VM code again. */
    void parkEnd() {
        state = TaskState.PENDING;
        gate.reenter();
        holdsPermit = true;
        state = TaskState.RUNNING;
    }

    /** Whether this task was started by the scheduler that owns {@code r}. */
    public boolean belongsTo(TaskRegistry r) {
        return registry == r;
    }

    @Override
    public boolean cancel() {
        if (isDone() || !cancelRequested.compareAndSet(false, true)) {
            return false;
        }
        // run() publishes its thread before it reads the flag, and we set the flag before reading the
        // thread: either run() sees the flag, or we see the thread and interrupt it.
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
        return true;
    }

    @Override
    public boolean isCancelled() {
        return cancelRequested.get();
    }

    @Override
    public long id() {
        return id;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public TaskState state() {
        return state;
    }

    @Override
    public Optional<Thread> thread() {
        return Optional.ofNullable(thread);
    }

    @Override
    public String toString() {
        return "Task[" + id + " " + name + " " + state + "]";
    }
}
