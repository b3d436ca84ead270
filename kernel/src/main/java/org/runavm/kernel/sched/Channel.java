package org.runavm.kernel.sched;

import java.util.Iterator;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A bounded FIFO channel between tasks. {@link #iterator()} (Runa's {@code For each}) receives until
 * the channel is closed and drained.
 *
 * @param <T> the element type; elements are never {@code null}
 */
@ProviderType
public interface Channel<T> extends Iterable<T> {

    /**
     * Adds {@code value}, waiting while the channel is full.
     *
     * @throws ChannelClosedException if the channel is closed (also when it closes while waiting)
     */
    void send(T value);

    /** Adds {@code value} if there is room now; {@code false} when full. */
    boolean trySend(T value);

    /**
     * Takes the oldest value, waiting while the channel is empty and open.
     *
     * @return the value, or empty once the channel is closed and drained
     */
    Optional<T> receive();

    /** Takes the oldest value if there is one now, without waiting. */
    Optional<T> tryReceive();

    /**
     * Closes the channel: senders fail from now on, receivers drain what is buffered and then get
     * empty. Idempotent.
     */
    void close();

    boolean isClosed();

    /** How many values are buffered. */
    int size();

    int capacity();

    /** Receives values until the channel is closed and drained. */
    @Override
    Iterator<T> iterator();
}
