package org.runavm.kernel.heap.spi;

/**
 * Walks the live objects of a heap, for heap profilers ({@code --profile-memory}) and snapshot writers.
 * Obtained from {@link Collector#inspector}.
 */
@org.osgi.annotation.versioning.ProviderType
public interface HeapInspector {
    /**
     * Stops the world, collects so that only live objects remain, and visits each of them in address
     * order. The visitor must not allocate on the heap or block; it may read objects through the heap's
     * memory. Must not be called from an attached mutator thread's safe region.
     */
    void walkLiveObjects(ObjectVisitor visitor);

    /** Receives live objects. */
    @org.osgi.annotation.versioning.ConsumerType
    @FunctionalInterface
    interface ObjectVisitor {
        void visit(long address, int shape, long sizeBytes);
    }
}
