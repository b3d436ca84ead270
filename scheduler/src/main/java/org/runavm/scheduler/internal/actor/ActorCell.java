package org.runavm.scheduler.internal.actor;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Supplier;

import org.runavm.kernel.sched.ActorBehavior;
import org.runavm.kernel.sched.ActorRef;
import org.runavm.kernel.sched.ActorStoppedException;
import org.runavm.kernel.sched.Mailbox;
import org.runavm.kernel.sched.TaskHandle;
import org.runavm.kernel.sched.TaskTimeoutException;
import org.runavm.scheduler.internal.task.TaskFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An actor: a mailbox, a behaviour, and a message loop that runs only while there is mail.
 *
 * <p>An idle actor has no thread. The first message into an empty mailbox starts a message-loop task
 * (the {@code scheduled} flag guarantees at most one), which handles messages one at a time in
 * enqueue order until the mailbox is empty. The loop re-checks the mailbox after clearing the flag, so
 * a message enqueued in that window is never stranded.
 */
public final class ActorCell<M, R> implements ActorRef<M, R>, Mailbox<M> {

    /** Told, on the message loop, when the behaviour fails; decides whether the actor restarts. */
    @FunctionalInterface
    interface FailureHandler {
        void failed(ActorCell<?, ?> cell, Throwable error);
    }

    private static final Logger LOG = LoggerFactory.getLogger(ActorCell.class);

    private final String name;
    private final Supplier<? extends ActorBehavior<M, R>> factory;
    private final TaskFactory tasks;
    private final AskTimer timer;
    private final Consumer<ActorCell<?, ?>> onStop;
    private final ConcurrentLinkedQueue<Envelope<M, R>> queue = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private final AtomicBoolean stopped = new AtomicBoolean();
    private final AtomicLong askIds = new AtomicLong();
    private volatile ActorBehavior<M, R> behavior;
    private volatile boolean restartPending;
    private volatile FailureHandler failureHandler = (cell, error) -> cell.stop();

    /**
     * @param factory makes the behaviour now and at every restart
     * @param onStop  called once when the actor stops (frees its task slot)
     */
    public ActorCell(String name, Supplier<? extends ActorBehavior<M, R>> factory, TaskFactory tasks, AskTimer timer,
                     Consumer<ActorCell<?, ?>> onStop) {
        this.name = name;
        this.factory = factory;
        this.tasks = tasks;
        this.timer = timer;
        this.onStop = onStop;
        this.behavior = Objects.requireNonNull(factory.get(), "actor factory returned null");
    }

    void supervisedBy(FailureHandler handler) {
        this.failureHandler = handler;
    }

    /** Makes the next message run on a fresh behaviour from the factory. */
    void requestRestart() {
        restartPending = true;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public void send(M message) {
        enqueue(new Envelope<>(Objects.requireNonNull(message, "message"), null));
    }

    @Override
    public TaskHandle<R> ask(M message) {
        ReplyHandle<R> reply = new ReplyHandle<>(askIds.incrementAndGet(), name);
        enqueue(new Envelope<>(Objects.requireNonNull(message, "message"), reply));
        return reply;
    }

    @Override
    public TaskHandle<R> ask(M message, Duration timeout) {
        ReplyHandle<R> reply = (ReplyHandle<R>) ask(message);
        ScheduledFuture<?> expiry = timer.after(timeout, () -> reply.fail(new TaskTimeoutException(
                "actor '" + name + "' did not reply within " + timeout.toMillis() + " ms")));
        reply.whenDone(outcome -> expiry.cancel(false));
        return reply;
    }

    private void enqueue(Envelope<M, R> envelope) {
        if (stopped.get()) {
            throw new ActorStoppedException("actor '" + name + "' has stopped");
        }
        queue.add(envelope);
        size.incrementAndGet();
        if (stopped.get()) {
            failPending(); // stop() raced with us: it may have drained before our message arrived
            return;
        }
        if (scheduled.compareAndSet(false, true)) {
            try {
                tasks.start(name, this::drain, false);
            } catch (RuntimeException e) {
                scheduled.set(false);
                LOG.debug("actor '{}' cannot start its message loop: {}", name, e.toString());
                stop();
            }
        }
    }

    /** The message loop. */
    private Void drain() {
        while (true) {
            Envelope<M, R> envelope = queue.poll();
            if (envelope == null) {
                scheduled.set(false);
                if (queue.isEmpty() || !scheduled.compareAndSet(false, true)) {
                    return null;
                }
                continue;
            }
            size.decrementAndGet();
            if (stopped.get()) {
                envelope.failStopped(name);
            } else if (envelope.reply() == null || !envelope.reply().isCancelled()) {
                handle(envelope);
            }
        }
    }

    private void handle(Envelope<M, R> envelope) {
        R result;
        try {
            if (restartPending) {
                restartPending = false;
                behavior = Objects.requireNonNull(factory.get(), "actor factory returned null");
            }
            result = behavior.receive(envelope.message());
        } catch (Throwable error) {
            failureHandler.failed(this, error);
            if (envelope.reply() != null) {
                envelope.reply().fail(error);
            } else {
                LOG.warn("actor '{}' failed handling a message: {}", name, error.toString());
            }
            return;
        }
        if (envelope.reply() != null) {
            envelope.reply().succeed(result);
        }
    }

    @Override
    public void stop() {
        if (stopped.compareAndSet(false, true)) {
            failPending();
            onStop.accept(this);
        }
    }

    private void failPending() {
        Envelope<M, R> envelope;
        while ((envelope = queue.poll()) != null) {
            size.decrementAndGet();
            envelope.failStopped(name);
        }
    }

    @Override
    public boolean isAlive() {
        return !stopped.get();
    }

    @Override
    public Mailbox<M> mailbox() {
        return this;
    }

    @Override
    public int size() {
        return size.get();
    }

    @Override
    public void forEachPending(Consumer<? super M> action) {
        queue.forEach(envelope -> action.accept(envelope.message()));
    }

    @Override
    public String toString() {
        return "Actor[" + name + (isAlive() ? "" : " stopped") + "]";
    }
}
