package org.runavm.scheduler.internal.sync;

import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import org.runavm.kernel.sched.Channel;
import org.runavm.kernel.sched.ChannelClosedException;
import org.runavm.scheduler.internal.task.Blocking;

/**
 * A bounded channel: one lock, a ring buffer and two conditions. Send and receive first try without
 * waiting, so the common case never leaves the parallelism gate; only a real wait goes through
 * {@link Blocking} (which also makes it cancellable).
 */
public final class BoundedChannel<T> implements Channel<T> {

    private final int capacity;
    private final ArrayDeque<T> buffer;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private boolean closed;

    public BoundedChannel(int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("channel capacity must be at least 1, got " + capacity);
        }
        this.capacity = capacity;
        this.buffer = new ArrayDeque<>(Math.min(capacity, 1024));
    }

    @Override
    public void send(T value) {
        if (trySend(value)) {
            return;
        }
        Blocking.call("channel send", () -> {
            lock.lockInterruptibly();
            try {
                while (!closed && buffer.size() == capacity) {
                    notFull.await();
                }
                put(value);
                return null;
            } finally {
                lock.unlock();
            }
        });
    }

    @Override
    public boolean trySend(T value) {
        Objects.requireNonNull(value, "channel values must not be null");
        lock.lock();
        try {
            if (!closed && buffer.size() == capacity) {
                return false;
            }
            put(value);
            return true;
        } finally {
            lock.unlock();
        }
    }

    /** Adds under the lock, or fails if closed. */
    private void put(T value) {
        if (closed) {
            throw new ChannelClosedException("cannot send on a closed channel");
        }
        buffer.addLast(value);
        notEmpty.signal();
    }

    @Override
    public Optional<T> receive() {
        lock.lock();
        try {
            if (!buffer.isEmpty() || closed) {
                return take();
            }
        } finally {
            lock.unlock();
        }
        return Blocking.call("channel receive", () -> {
            lock.lockInterruptibly();
            try {
                while (buffer.isEmpty() && !closed) {
                    notEmpty.await();
                }
                return take();
            } finally {
                lock.unlock();
            }
        });
    }

    @Override
    public Optional<T> tryReceive() {
        lock.lock();
        try {
            return take();
        } finally {
            lock.unlock();
        }
    }

    /** Takes under the lock; empty when nothing is buffered. */
    private Optional<T> take() {
        T value = buffer.pollFirst();
        if (value != null) {
            notFull.signal();
        }
        return Optional.ofNullable(value);
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int size() {
        lock.lock();
        try {
            return buffer.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public int capacity() {
        return capacity;
    }

    @Override
    public Iterator<T> iterator() {
        return new Iterator<>() {
            private T next;

            @Override
            public boolean hasNext() {
                if (next == null) {
                    next = receive().orElse(null);
                }
                return next != null;
            }

            @Override
            public T next() {
                if (!hasNext()) {
                    throw new NoSuchElementException("channel is closed and drained");
                }
                T value = next;
                next = null;
                return value;
            }
        };
    }
}
