package org.runavm.gc.toolkit;

/** Thrown by {@link HeapVerifier} when the heap breaks an invariant; always a VM bug, never a program error. */
public final class HeapCorruptionError extends Error {
    private static final long serialVersionUID = 1L;

    public HeapCorruptionError(String message) {
        super("heap corrupted: " + message);
    }
}
