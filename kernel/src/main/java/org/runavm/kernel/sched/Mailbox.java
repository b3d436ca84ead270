package org.runavm.kernel.sched;

import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * An actor's FIFO of pending messages. Messages waiting here are roots of the managed heap: a collector
 * visits them with {@link #forEachPending}.
 *
 * @param <M> the message type
 */
@ProviderType
public interface Mailbox<M> {

    /** How many messages wait (not counting the one being handled). */
    int size();

    /** Calls {@code action} for each waiting message, oldest first. */
    void forEachPending(Consumer<? super M> action);
}
