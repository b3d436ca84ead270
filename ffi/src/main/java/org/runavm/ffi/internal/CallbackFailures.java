package org.runavm.ffi.internal;

/**
 * Carries an exception out of a callback. The JVM ends the process when an exception escapes an
 * upcall into native code, so a callback catches everything, records it here and returns zero; the
 * {@link NativeFunction#invoke} on the same thread that led to the callback rethrows it once native
 * code has returned.
 *
 * <p>One record per thread serves nested calls (a callback may call native code that calls back):
 * once a callback failed, no Java code runs on that thread until the native call returns, so a
 * nested call never starts while a failure is pending, and each call takes its failure out as it
 * ends. The record stays in place between calls: a native call costs no thread-local update.
 */
final class CallbackFailures {
    private static final ThreadLocal<CallbackFailures> CURRENT = ThreadLocal.withInitial(CallbackFailures::new);

    private int depth;
    private Throwable failure;

    private CallbackFailures() {
    }

    /** Starts a native call on this thread; {@link #exit} must follow. */
    static CallbackFailures enter() {
        CallbackFailures record = CURRENT.get();
        record.depth++;
        return record;
    }

    /** Ends the native call; returns the first failure of a callback during it, or {@code null}. */
    Throwable exit() {
        depth--;
        Throwable first = failure;
        failure = null;
        return first;
    }

    /**
     * Records {@code failure} for the native call in progress on this thread; {@code false} when there
     * is none (native code started this thread and calls back on its own).
     */
    static boolean record(Throwable failure) {
        CallbackFailures record = CURRENT.get();
        if (record.depth == 0) {
            return false;
        }
        if (record.failure == null) {
            record.failure = failure;
        }
        return true;
    }

    /** Whether a callback already failed during the native call in progress on this thread. */
    static boolean failed() {
        return CURRENT.get().failure != null;
    }
}
