package org.runavm.kernel.sched;

import java.time.Duration;

import org.osgi.annotation.versioning.ProviderType;

/**
 * A running actor. The reference stays valid across supervisor restarts: a restart replaces the
 * behaviour, not the reference or its mailbox.
 *
 * @param <M> the message type
 * @param <R> the reply type
 */
@ProviderType
public interface ActorRef<M, R> {

    String name();

    /**
     * Enqueues {@code message} ({@code Send ... to}); returns once it is in the mailbox. Messages are
     * processed in the order they were enqueued.
     *
     * @throws ActorStoppedException if the actor has stopped
     */
    void send(M message);

    /**
     * Enqueues {@code message} and returns a handle of the reply ({@code Ask ... for}). If handling
     * the message fails, awaiting the handle rethrows the failure.
     *
     * @throws ActorStoppedException if the actor has stopped
     */
    TaskHandle<R> ask(M message);

    /**
     * Like {@link #ask(Object)}, but the handle fails with {@link TaskTimeoutException} if no reply has
     * come within {@code timeout}. The message stays in the mailbox; a late reply is discarded.
     */
    TaskHandle<R> ask(M message, Duration timeout);

    /** The actor's pending messages. */
    Mailbox<M> mailbox();

    /**
     * Stops the actor after the message it is handling, if any. Pending asks fail with
     * {@link ActorStoppedException}. Idempotent.
     */
    void stop();

    /** Whether the actor accepts messages (it has not stopped or been given up on). */
    boolean isAlive();
}
