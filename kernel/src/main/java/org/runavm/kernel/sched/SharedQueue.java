package org.runavm.kernel.sched;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An unbounded thread-safe FIFO queue (the {@code concurrency} module's queue). Unlike a
 * {@link Channel} it never blocks a producer and cannot be closed.
 *
 * @param <T> the element type; elements are never {@code null}
 */
@ProviderType
public interface SharedQueue<T> {

    void put(T value);

    /** Takes the oldest value if there is one now. */
    Optional<T> poll();

    /** Takes the oldest value, waiting while the queue is empty; cancellable. */
    T take();

    int size();

    boolean isEmpty();
}
