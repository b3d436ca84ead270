package org.runavm.stdlib.io.internal;

import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;
import org.runavm.kernel.module.NativeCall;
import org.runavm.kernel.module.NativeError;

/**
 * The sockets and servers one VM holds open, against the {@code max_open_files} limit of its policy
 * ({@code security.md}: resource limits are per VM). Files are opened and closed within one call, so
 * only long-lived handles are counted. One instance per {@code define}, that is per VM.
 */
final class OpenHandles {
    private final AtomicLong open = new AtomicLong();

    /** Reserves a handle for {@code what}, or raises {@code IOError} when the VM is at its limit. */
    void acquire(NativeCall call, String what) {
        OptionalLong limit = call.environment().security().limits().maxOpenFiles();
        long now = open.incrementAndGet();
        if (limit.isPresent() && now > limit.getAsLong()) {
            open.decrementAndGet();
            throw new NativeError("IOError", what + ": too many open files and sockets (limit " + limit.getAsLong() + ")");
        }
    }

    void release() {
        open.decrementAndGet();
    }

    long count() {
        return open.get();
    }
}
