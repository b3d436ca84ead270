package org.runavm.engine.interpreter.internal;

/**
 * A Runa error object in flight through Java frames (a native callback, a nested run of the loop).
 * The object itself waits in the VM's rooted pending-error slot, because a Java field would go stale
 * when the collector moves it.
 */
final class ThrownError extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final ThrownError INSTANCE = new ThrownError();

    private ThrownError() {
        super("Runa error in flight", null, false, false);
    }
}
