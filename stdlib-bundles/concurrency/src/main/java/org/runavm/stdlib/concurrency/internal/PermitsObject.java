package org.runavm.stdlib.concurrency.internal;

import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.NativeFunction;
import org.runavm.kernel.module.NativeObject;

/**
 * Counting permits with timed waits, for {@code Queue} in {@code concurrency.runa}: one set counts the
 * queued values, one the free places, and one permit is the lock of the queue's List. Internal ({@code _permits(n)}): the language's own
 * {@code Semaphore} has no timed acquire. Waits go through {@link NativeCall#blocking}, so the collector
 * and other tasks run on, and cancelling the waiting task ends the wait with {@code CancelledError}.
 */
final class PermitsObject implements NativeObject {
    static final String TYPE = "Permits";
    /** Fair, so waiting tasks are served in arrival order. */
    final Semaphore permits;

    PermitsObject(int initial) {
        permits = new Semaphore(initial, true);
    }

    @Override
    public String typeName() {
        return TYPE;
    }

    @Override
    public String toText() {
        return "<permits " + permits.availablePermits() + ">";
    }

    static void define(ModuleDefinition definition) {
        definition.function("_permits", 1, 1, call -> {
            long n = call.integer(0);
            if (n < 0 || n > Integer.MAX_VALUE) {
                throw new NativeError("ValueError", "permits: the count must be between 0 and " + Integer.MAX_VALUE
                        + ", got " + n);
            }
            call.returnValue(new PermitsObject((int) n));
        });
        definition.type(TYPE, Map.<String, NativeFunction>of(
                "acquire", call -> {
                    Semaphore s = self(call).permits;
                    call.blocking(() -> {
                        s.acquire();
                        return null;
                    });
                    call.returnNull();
                },
                "try_acquire", call -> {
                    Semaphore s = self(call).permits;
                    long ms = call.integer(0);
                    if (ms < 0) {
                        throw new NativeError("ValueError", "the timeout must not be negative, got " + ms + " ms");
                    }
                    boolean got = s.tryAcquire() || ms > 0 && call.blocking(() -> s.tryAcquire(ms, TimeUnit.MILLISECONDS));
                    call.returnBoolean(got);
                },
                "lock", call -> {
                    // for the queue's short critical sections: not interruptible, so a cancellation
                    // cannot strike between taking a value's permit and taking the value
                    Semaphore s = self(call).permits;
                    call.blocking(() -> {
                        s.acquireUninterruptibly();
                        return null;
                    });
                    call.returnNull();
                },
                "release", call -> {
                    self(call).permits.release();
                    call.returnNull();
                },
                "available", call -> call.returnInteger(self(call).permits.availablePermits())));
    }

    private static PermitsObject self(NativeCall call) {
        return (PermitsObject) call.receiver();
    }
}
