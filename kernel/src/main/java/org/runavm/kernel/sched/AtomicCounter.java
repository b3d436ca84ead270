package org.runavm.kernel.sched;

import org.osgi.annotation.versioning.ProviderType;

/** A 64-bit counter updated atomically (the {@code concurrency} module's atomic counter). */
@ProviderType
public interface AtomicCounter {

    long get();

    void set(long value);

    /** Adds {@code delta} and returns the new value. */
    long add(long delta);

    /** Adds one and returns the new value. */
    long increment();

    /** Subtracts one and returns the new value. */
    long decrement();

    /** Sets {@code update} if the value is {@code expected}; whether it did. */
    boolean compareAndSet(long expected, long update);
}
