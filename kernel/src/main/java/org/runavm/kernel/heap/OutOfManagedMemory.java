package org.runavm.kernel.heap;

/**
 * Thrown by an allocation that does not fit in the managed heap even after a full collection. Engines
 * turn it into the Runa {@code OutOfMemoryError}, which the program may catch: the heap is intact, and
 * once references are dropped, allocation works again.
 */
public final class OutOfManagedMemory extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final long requestedBytes;
    private final long maxBytes;

    public OutOfManagedMemory(long requestedBytes, long maxBytes) {
        super("managed heap exhausted: cannot allocate " + requestedBytes + " bytes (maximum heap "
                + maxBytes + " bytes)", null, false, false);
        this.requestedBytes = requestedBytes;
        this.maxBytes = maxBytes;
    }

    /** The size of the allocation that failed, in bytes. */
    public long requestedBytes() {
        return requestedBytes;
    }

    /** The configured maximum heap, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }
}
