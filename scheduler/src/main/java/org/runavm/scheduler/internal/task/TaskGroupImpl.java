package org.runavm.scheduler.internal.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import org.runavm.kernel.sched.TaskBody;
import org.runavm.kernel.sched.TaskCancelledException;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskGroup;
import org.runavm.kernel.sched.TaskOutcome;

/**
 * A structured scope. The first task to fail (a failure, not a cancellation) cancels the rest; close
 * waits for every task, including tasks the group's own tasks add while it waits, and only then
 * rethrows that first failure.
 */
public final class TaskGroupImpl implements TaskGroup {

    private final TaskFactory factory;
    private final List<TaskImpl<?>> tasks = new ArrayList<>();
    private final AtomicReference<TaskImpl<?>> firstFailed = new AtomicReference<>();
    private boolean closed;

    public TaskGroupImpl(TaskFactory factory) {
        this.factory = factory;
    }

    @Override
    public <T> TaskHandle<T> run(TaskBody<T> body) {
        TaskImpl<T> task;
        synchronized (this) {
            if (closed) {
                throw new IllegalStateException("task group is closed: run() must be called inside its block");
            }
            task = factory.start(null, body, true);
            tasks.add(task);
        }
        task.whenDone(outcome -> onDone(task, outcome));
        if (firstFailed.get() != null) {
            task.cancel(); // the group is already failing: the new task must not outlive it
        }
        return task;
    }

    private void onDone(TaskImpl<?> task, TaskOutcome<?> outcome) {
        if (outcome instanceof TaskOutcome.Failure<?> && firstFailed.compareAndSet(null, task)) {
            cancelAll();
        }
    }

    @Override
    public void cancelAll() {
        for (TaskImpl<?> t : snapshot()) {
            t.cancel();
        }
    }

    @Override
    public void close() {
        boolean ownerCancelled = false;
        while (true) {
            TaskImpl<?> pending = nextPending();
            if (pending == null) {
                break;
            }
            if (ownerCancelled) {
                pending.settleUninterruptibly();
                continue;
            }
            try {
                pending.settle();
            } catch (TaskCancelledException e) {
                ownerCancelled = true;
                cancelAll();
            }
        }
        if (ownerCancelled) {
            throw new TaskCancelledException("task group: the waiting task was cancelled; the group's tasks were cancelled and have stopped");
        }
        TaskImpl<?> failed = firstFailed.get();
        if (failed != null) {
            failed.await(); // rethrows its failure
        }
    }

    /** A task still running, or {@code null} after marking the group closed. */
    private synchronized TaskImpl<?> nextPending() {
        for (TaskImpl<?> t : tasks) {
            if (!t.isDone()) {
                return t;
            }
        }
        closed = true;
        return null;
    }

    private synchronized List<TaskImpl<?>> snapshot() {
        return new ArrayList<>(tasks);
    }
}
