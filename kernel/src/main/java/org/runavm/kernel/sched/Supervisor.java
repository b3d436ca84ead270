package org.runavm.kernel.sched;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Restarts failed actors by calling their factories, following its {@link SupervisorSpec}. A restart
 * happens before the failed message's ask is failed, so a caller that observed the failure finds the
 * restarted children already in place.
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

    /** How many child restarts have happened in total. */
    int restartCount();

    /** Whether the supervisor is running (neither stopped nor given up). */
    boolean isRunning();

    /** The failure that broke the restart limit, once the supervisor has given up. */
    Optional<Throwable> failure();

    /** Stops every child. Idempotent. */
    void stop();
}
