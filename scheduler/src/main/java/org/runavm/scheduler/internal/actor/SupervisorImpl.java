package org.runavm.scheduler.internal.actor;

import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;

import org.runavm.kernel.sched.ActorRef;
import org.runavm.kernel.sched.Supervisor;
import org.runavm.kernel.sched.SupervisorSpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies a {@link SupervisorSpec} to its children. It reacts on the failed child's message loop,
 * before the failed message's ask is completed, so whoever sees the failure also sees the restart.
 * A restart takes effect before the restarted child's next message; a child keeps its mailbox.
 */
public final class SupervisorImpl implements Supervisor {

    private static final Logger LOG = LoggerFactory.getLogger(SupervisorImpl.class);

    private final SupervisorSpec spec;
    private final List<ActorCell<?, ?>> children;
    private final RestartWindow window;
    private int restarts;
    private boolean running = true;
    private Throwable failure;

    public SupervisorImpl(SupervisorSpec spec, List<ActorCell<?, ?>> children, LongSupplier nanoClock) {
        this.spec = spec;
        this.children = List.copyOf(children);
        this.window = new RestartWindow(spec.maxRestarts(), spec.window(), nanoClock);
        for (ActorCell<?, ?> child : this.children) {
            child.supervisedBy(this::childFailed);
        }
    }

    private synchronized void childFailed(ActorCell<?, ?> failed, Throwable error) {
        if (!running) {
            failed.stop();
            return;
        }
        if (!window.tryRecord()) {
            // info, not warn: giving up is the supervisor doing its job, and the program learns of it
            // through failure() and isRunning(); a VM's log is not the program's error output
            LOG.info("supervisor gave up: more than {} restarts within {} ms; last failure in actor '{}': {}",
                    spec.maxRestarts(), spec.window().toMillis(), failed.name(), error.toString());
            failure = error;
            stopChildren();
            return;
        }
        restarts++;
        int index = children.indexOf(failed);
        switch (spec.strategy()) {
            case ONE_FOR_ONE -> failed.requestRestart();
            case ONE_FOR_ALL -> children.forEach(ActorCell::requestRestart);
            case REST_FOR_ONE -> children.subList(index, children.size()).forEach(ActorCell::requestRestart);
        }
    }

    private void stopChildren() {
        running = false;
        children.forEach(ActorCell::stop);
    }

    @Override
    public SupervisorSpec spec() {
        return spec;
    }

    @Override
    public List<ActorRef<?, ?>> children() {
        return List.copyOf(children);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <M, R> ActorRef<M, R> child(String name) {
        for (ActorCell<?, ?> child : children) {
            if (child.name().equals(name)) {
                return (ActorRef<M, R>) child;
            }
        }
        throw new IllegalArgumentException("supervisor has no child named '" + name + "'");
    }

    @Override
    public synchronized int restartCount() {
        return restarts;
    }

    @Override
    public synchronized boolean isRunning() {
        // Children also stop without the supervisor deciding it (VM shutdown, ActorRef.stop()).
        return running && children.stream().anyMatch(ActorCell::isAlive);
    }

    @Override
    public synchronized Optional<Throwable> failure() {
        return Optional.ofNullable(failure);
    }

    @Override
    public synchronized void stop() {
        stopChildren();
    }
}
