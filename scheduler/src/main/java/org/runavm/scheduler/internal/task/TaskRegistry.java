package org.runavm.scheduler.internal.task;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.runavm.kernel.sched.Task;
import org.runavm.kernel.sched.TaskLimitException;

/**
 * The live tasks of one scheduler and the {@code max_tasks} budget.
 *
 * <p>Slots are reserved before anything starts, so a spawn beyond the limit fails with nothing half
 * done. A task's slot is freed before its awaiters are released: once {@code await} returns, the slot
 * can be reused. Actors hold one slot each for their whole life; the tasks that run an actor's
 * messages hold none of their own but are live (their stacks hold roots).
 */
public final class TaskRegistry {

    private final int maxTasks;
    private final AtomicInteger reserved = new AtomicInteger();
    private final Map<Long, TaskImpl<?>> live = new ConcurrentHashMap<>();
    private volatile boolean closed;
    private final AtomicInteger ending = new AtomicInteger();

    public TaskRegistry(int maxTasks) {
        this.maxTasks = maxTasks;
    }

    /** Reserves {@code count} slots at once, or none. */
    public void reserve(int count) {
        while (true) {
            int now = reserved.get();
            if (now + count > maxTasks) {
                throw new TaskLimitException("cannot start " + (count == 1 ? "a task" : count + " tasks")
                        + ": the VM already has " + now + " live tasks (max_tasks = " + maxTasks + ")");
            }
            if (reserved.compareAndSet(now, now + count)) {
                return;
            }
        }
    }

    public void release(int count) {
        reserved.addAndGet(-count);
    }

    /**
     * Registers a task that is about to start. A task that slips in while {@link #close()} runs is
     * cancelled here: close sets the flag before it cancels the live tasks, so either close sees this
     * task or this method sees the flag.
     */
    void add(TaskImpl<?> task) {
        live.put(task.id(), task);
        if (closed) {
            task.cancel();
        }
    }

    boolean isClosed() {
        return closed;
    }

    /** Refuses new tasks from now on and cancels every live task. */
    public void close() {
        closed = true;
        cancelAll();
    }

    void remove(TaskImpl<?> task) {
        live.remove(task.id());
    }

    /**
     * A task whose body has ended leaves the live set before it publishes its outcome (so that once an
     * await returns, the task is no longer live); {@link #awaitEmpty} waits for that short window too.
     */
    void removeEnding(TaskImpl<?> task) {
        ending.incrementAndGet();
        live.remove(task.id());
    }

    /** The outcome of a task {@link #removeEnding removed} is published. */
    void ended() {
        ending.decrementAndGet();
    }

    /** Slots in use: live tasks that count plus actors. */
    public int reservedCount() {
        return reserved.get();
    }

    public int liveCount() {
        return live.size();
    }

    public void forEach(Consumer<? super Task> action) {
        live.values().forEach(action);
    }

    /** Requests cancellation of every live task. */
    public void cancelAll() {
        live.values().forEach(TaskImpl::cancel);
    }

    /**
     * Waits until no task is live but the caller itself (a task may shut its own VM down; it cannot
     * wait for its own end).
     */
    public void awaitEmpty() {
        TaskImpl<?> self = TaskImpl.current();
        boolean waited = true;
        while (waited) {
            waited = false;
            for (TaskImpl<?> task : live.values()) {
                if (task != self) {
                    task.settleUninterruptibly();
                    waited = true;
                }
            }
            while (ending.get() > 0) { // a few instructions: a task between leaving the set and its outcome
                Thread.onSpinWait();
                waited = true;
            }
        }
    }
}
