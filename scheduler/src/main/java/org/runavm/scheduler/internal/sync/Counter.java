package org.runavm.scheduler.internal.sync;

import java.util.concurrent.atomic.AtomicLong;

import org.runavm.kernel.sched.AtomicCounter;

/** An {@link AtomicCounter} on {@link AtomicLong}. */
public final class Counter implements AtomicCounter {

    private final AtomicLong value;

    public Counter(long initial) {
        this.value = new AtomicLong(initial);
    }

    @Override
    public long get() {
        return value.get();
    }

    @Override
    public void set(long v) {
        value.set(v);
    }

    @Override
    public long add(long delta) {
        return value.addAndGet(delta);
    }

    @Override
    public long increment() {
        return value.incrementAndGet();
    }

    @Override
    public long decrement() {
        return value.decrementAndGet();
    }

    @Override
    public boolean compareAndSet(long expected, long update) {
        return value.compareAndSet(expected, update);
    }

    @Override
    public String toString() {
        return Long.toString(value.get());
    }
}
