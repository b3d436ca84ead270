package org.runavm.ffi.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.runavm.kernel.ffi.ForeignException;

/**
 * When a session's or a library's native resources may be released: once it is closed and no call
 * is using it. Closing never waits: a VM that shuts down while one of its threads is blocked in a
 * native {@code read} must not hang, and a callback may close the session of the call it runs in.
 * The last user to leave releases instead, so nothing is unloaded or freed under running native code.
 *
 * <p>{@code users} and {@code closed} are both volatile: a user counts itself in before it looks at
 * {@code closed}, and {@link #close} sets {@code closed} before it counts users, so one of the two
 * always sees the other and the release runs exactly once.
 */
final class Lifetime {
    private final AtomicInteger users = new AtomicInteger();
    private final AtomicBoolean released = new AtomicBoolean();
    private final String closedMessage;
    private final Runnable release;
    private volatile boolean closed;

    Lifetime(String closedMessage, Runnable release) {
        this.closedMessage = closedMessage;
        this.release = release;
    }

    /** Runs {@code use} as a user; raises {@link ForeignException} when closed. */
    <T> T use(Supplier<T> use) {
        users.incrementAndGet();
        try {
            if (closed) {
                throw new ForeignException(closedMessage);
            }
            return use.get();
        } finally {
            if (users.decrementAndGet() == 0 && closed) {
                releaseOnce();
            }
        }
    }

    /** Closes: releases now if nothing uses it, else when the last user leaves. Closing twice is harmless. */
    void close() {
        closed = true;
        if (users.get() == 0) {
            releaseOnce();
        }
    }

    boolean isClosed() {
        return closed;
    }

    private void releaseOnce() {
        if (released.compareAndSet(false, true)) {
            release.run();
        }
    }
}
