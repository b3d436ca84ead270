package org.runavm.kernel.sched;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Restarts failed actors by calling their factories, following its {@link SupervisorSpec}. A restart
 * is decided before the failed message's ask is failed, so a caller that observed the failure finds
 * the restarted children in place: each takes a fresh behaviour before its next message and keeps its
 * reference and its mailbox. When the limit is exceeded the supervisor gives up and stops every child.
 * Supervisors do not nest yet: children are actors, not supervisors.
 */
@ProviderType
public interface Supervisor {

    SupervisorSpec spec();

    /** The children in start order. */
    List<ActorRef<?, ?>> children();

    /**
     * The child named {@code name}, typed as the caller knows it.
     *
     * @throws IllegalArgumentException if there is no such child
     */
    <M, R> ActorRef<M, R> child(String name);

    /**
     * How many failures the supervisor has handled by restarting. One failure counts once, however
     * many children its strategy restarts; this is also what the restart limit counts.
     */
    int restartCount();

    /** Whether the supervisor is running (neither stopped nor given up). */
    boolean isRunning();

    /** The failure that broke the restart limit, once the supervisor has given up. */
    Optional<Throwable> failure();

    /** Stops every child. Idempotent. */
    void stop();
}
