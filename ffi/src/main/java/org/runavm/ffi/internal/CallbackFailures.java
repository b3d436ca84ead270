package org.runavm.ffi.internal;

/**
 * Carries an exception out of a callback. The JVM ends the process when an exception escapes an
 * upcall into native code, so a callback catches everything, records it here and returns zero; the
 * {@link NativeFunction#invoke} on the same thread that led to the callback rethrows it once native
 * code has returned. Calls nest (a callback may call native code that calls back), so each
 * {@code invoke} has its own record and restores the outer one when it ends.
 */
final class CallbackFailures {
    private static final ThreadLocal<CallbackFailures> CURRENT = new ThreadLocal<>();

    private final CallbackFailures outer;
    private Throwable failure;

    private CallbackFailures(CallbackFailures outer) {
        this.outer = outer;
    }

    /** Starts the record of a native call on this thread. */
    static CallbackFailures enter() {
        CallbackFailures call = new CallbackFailures(CURRENT.get());
        CURRENT.set(call);
        return call;
    }

    /** Ends this call's record; returns the first failure of a callback during it, or {@code null}. */
    Throwable exit() {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
        return failure;
    }

    /**
     * Records {@code failure} for the native call in progress on this thread; {@code false} when there
     * is none (native code started this thread and calls back on its own).
     */
    static boolean record(Throwable failure) {
        CallbackFailures call = CURRENT.get();
        if (call == null) {
            return false;
        }
        if (call.failure == null) {
            call.failure = failure;
        }
        return true;
    }

    /** Whether a callback already failed during the native call in progress on this thread. */
    static boolean failed() {
        CallbackFailures call = CURRENT.get();
        return call != null && call.failure != null;
    }
}
