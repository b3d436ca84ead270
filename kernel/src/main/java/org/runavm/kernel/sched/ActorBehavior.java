package org.runavm.kernel.sched;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * What an actor does with a message. The scheduler calls it for one message at a time, in mailbox
 * order, so the behaviour's state needs no locking. Engines implement it by dispatching on a Runa
 * actor's {@code On Message} handlers.
 *
 * @param <M> the message type
 * @param <R> the reply type
 */
@ConsumerType
@FunctionalInterface
public interface ActorBehavior<M, R> {

    /**
     * Handles one message.
     *
     * @return the reply delivered to an {@code ask}, possibly {@code null}
     * @throws Exception a failure: the ask fails with it and the actor stops or is restarted by its
     *                   supervisor
     */
    R receive(M message) throws Exception;
}
