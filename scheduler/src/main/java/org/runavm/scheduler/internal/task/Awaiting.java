package org.runavm.scheduler.internal.task;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskOutcome;

/**
 * {@code Task.await_all}, {@code await_all_settled} and {@code await_any}. Each waits on one future fed
 * by completion callbacks, so the waiter is woken by the first event that decides the answer rather
 * than by polling the tasks in turn.
 */
public final class Awaiting {

    private Awaiting() {
    }

    /** Results in order; the first failure to happen is rethrown at once. */
    public static <T> List<T> all(List<? extends TaskHandle<? extends T>> tasks) {
        List<BaseHandle<? extends T>> handles = handles(tasks);
        CompletableFuture<BaseHandle<?>> firstBad = new CompletableFuture<>();
        AtomicInteger remaining = new AtomicInteger(handles.size());
        if (handles.isEmpty()) {
            return List.of();
        }
        for (BaseHandle<? extends T> h : handles) {
            h.whenDone(o -> {
                if (!(o instanceof TaskOutcome.Success<?>)) {
                    firstBad.complete(h);
                } else if (remaining.decrementAndGet() == 0) {
                    firstBad.complete(null);
                }
            });
        }
        BaseHandle<?> bad = waitFor(firstBad);
        if (bad != null) {
            bad.await(); // done and unsuccessful: rethrows
        }
        List<T> results = new ArrayList<>(handles.size());
        for (BaseHandle<? extends T> h : handles) {
            results.add(h.await());
        }
        return results;
    }

    /** Every outcome, in order, once all have stopped. */
    @SuppressWarnings("unchecked")
    public static <T> List<TaskOutcome<T>> allSettled(List<? extends TaskHandle<? extends T>> tasks) {
        List<TaskOutcome<T>> outcomes = new ArrayList<>(tasks.size());
        for (TaskHandle<? extends T> t : tasks) {
            outcomes.add((TaskOutcome<T>) t.settle());
        }
        return outcomes;
    }

    /** The first success; when none succeeds, the first task's failure in list order. */
    public static <T> T any(List<? extends TaskHandle<? extends T>> tasks) {
        if (tasks.isEmpty()) {
            throw new IllegalArgumentException("await_any needs at least one task");
        }
        List<BaseHandle<? extends T>> handles = handles(tasks);
        CompletableFuture<BaseHandle<? extends T>> winner = new CompletableFuture<>();
        AtomicInteger remaining = new AtomicInteger(handles.size());
        for (BaseHandle<? extends T> h : handles) {
            h.whenDone(o -> {
                if (o instanceof TaskOutcome.Success<?>) {
                    winner.complete(h);
                } else if (remaining.decrementAndGet() == 0) {
                    winner.complete(null);
                }
            });
        }
        BaseHandle<? extends T> first = waitFor(winner);
        return first != null ? first.await() : handles.getFirst().await();
    }

    private static <V> V waitFor(CompletableFuture<V> future) {
        return Blocking.call("await of tasks", () -> {
            try {
                return future.get();
            } catch (ExecutionException e) {
                throw new AssertionError("only completed normally", e);
            }
        });
    }

    private static <T> List<BaseHandle<? extends T>> handles(List<? extends TaskHandle<? extends T>> tasks) {
        List<BaseHandle<? extends T>> handles = new ArrayList<>(tasks.size());
        for (TaskHandle<? extends T> t : tasks) {
            if (!(t instanceof BaseHandle<? extends T> b)) {
                throw new IllegalArgumentException("not a task of this scheduler: " + t);
            }
            handles.add(b);
        }
        return handles;
    }
}
