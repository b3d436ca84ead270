package org.runavm.scheduler.internal.sync;

import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.LinkedBlockingQueue;

import org.runavm.kernel.sched.SharedQueue;
import org.runavm.scheduler.internal.task.Blocking;

/** An unbounded queue; only {@link #take()} waits, and only when the queue is empty. */
public final class LinkedSharedQueue<T> implements SharedQueue<T> {

    private final LinkedBlockingQueue<T> queue = new LinkedBlockingQueue<>();

    @Override
    public void put(T value) {
        queue.add(Objects.requireNonNull(value, "queue values must not be null"));
    }

    @Override
    public Optional<T> poll() {
        return Optional.ofNullable(queue.poll());
    }

    @Override
    public T take() {
        T value = queue.poll();
        return value != null ? value : Blocking.call("queue take", queue::take);
    }

    @Override
    public int size() {
        return queue.size();
    }

    @Override
    public boolean isEmpty() {
        return queue.isEmpty();
    }
}
