package org.runavm.kernel.sched;

import java.util.Objects;
import java.util.function.Supplier;

/**
 * A supervised actor: its name and the factory that makes a fresh behaviour (fresh state) at start and
 * at every restart.
 *
 * @param <M> the message type
 * @param <R> the reply type
 */
public record ChildSpec<M, R>(String name, Supplier<? extends ActorBehavior<M, R>> factory) {

    public ChildSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(factory, "factory");
    }
}
