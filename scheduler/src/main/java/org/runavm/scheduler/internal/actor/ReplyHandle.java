package org.runavm.scheduler.internal.actor;

import java.util.Optional;

import org.runavm.kernel.sched.TaskOutcome;
import org.runavm.kernel.sched.TaskState;
import org.runavm.scheduler.internal.task.BaseHandle;

/**
 * The handle an {@code ask} returns: it completes when the actor has handled the message. Cancelling
 * it before the actor reaches the message means the message is skipped.
 */
final class ReplyHandle<R> extends BaseHandle<R> {

    private final long id;
    private final String name;
    private volatile boolean cancelled;

    ReplyHandle(long id, String actorName) {
        this.id = id;
        this.name = "ask " + actorName + " #" + id;
    }

    void succeed(R value) {
        finish(new TaskOutcome.Success<>(value));
    }

    void fail(Throwable error) {
        finish(new TaskOutcome.Failure<>(error));
    }

    @Override
    public boolean cancel() {
        if (isDone()) {
            return false;
        }
        cancelled = true;
        return finish(new TaskOutcome.Cancelled<>());
    }

    @Override
    public boolean isCancelled() {
        return cancelled;
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
        return isDone() ? TaskState.DONE : TaskState.PENDING;
    }

    /** A reply runs on no thread of its own; the actor's message loop does the work. */
    @Override
    public Optional<Thread> thread() {
        return Optional.empty();
    }
}
