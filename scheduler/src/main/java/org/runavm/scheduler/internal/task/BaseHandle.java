package org.runavm.scheduler.internal.task;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskOutcome;
import org.runavm.kernel.sched.TaskTimeoutException;

/**
 * What tasks and actor replies share: an outcome that is set once and the ways to wait for it.
 *
 * <p>The outcome future never completes exceptionally; failures travel inside {@link TaskOutcome}, so
 * waiting and callbacks have a single path and {@link #settle()} needs no unwrapping.
 */
public abstract class BaseHandle<T> implements TaskHandle<T> {

    private final CompletableFuture<TaskOutcome<T>> outcome = new CompletableFuture<>();

    /** Sets the outcome if none is set yet; whether this call set it. */
    protected boolean finish(TaskOutcome<T> result) {
        return outcome.complete(result);
    }

    /** Calls {@code action} with the outcome when there is one (at once if there already is). */
    public void whenDone(Consumer<? super TaskOutcome<T>> action) {
        outcome.thenAccept(action);
    }

    /** The outcome; only meaningful once {@link #isDone()}. */
    public TaskOutcome<T> outcomeNow() {
        return outcome.getNow(null);
    }

    @Override
    public boolean isDone() {
        return outcome.isDone();
    }

    @Override
    public T await() {
        return Failures.unpack(settle(), name());
    }

    @Override
    public T await(Duration timeout) {
        TaskOutcome<T> now = outcome.getNow(null);
        if (now != null) {
            return Failures.unpack(now, name());
        }
        checkNotSelf();
        TaskOutcome<T> result = Blocking.call("await of task '" + name() + "'", () -> {
            try {
                return outcome.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
            } catch (TimeoutException e) {
                throw new TaskTimeoutException("task '" + name() + "' did not finish within " + timeout.toMillis() + " ms");
            } catch (ExecutionException e) {
                throw new AssertionError("outcome futures never fail", e);
            }
        });
        return Failures.unpack(result, name());
    }

    @Override
    public TaskOutcome<T> settle() {
        TaskOutcome<T> now = outcome.getNow(null);
        if (now != null) {
            return now;
        }
        checkNotSelf();
        return Blocking.call("await of task '" + name() + "'", () -> {
            try {
                return outcome.get();
            } catch (ExecutionException e) {
                throw new AssertionError("outcome futures never fail", e);
            }
        });
    }

    /** Waiting for oneself would never end; say so instead. */
    private void checkNotSelf() {
        if (TaskImpl.current() == this) {
            throw new IllegalStateException("task '" + name() + "' cannot await itself");
        }
    }

    /** Waits for the outcome even if the caller is cancelled meanwhile. */
    public TaskOutcome<T> settleUninterruptibly() {
        return Blocking.uninterruptibly(outcome::join);
    }
}
