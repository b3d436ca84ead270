package org.runavm.kernel.heap.spi;

import org.runavm.kernel.heap.HeapMemory;

/**
 * The kernel's object model as a plan sees it: sizes, precise reference slots and copying, without any
 * knowledge of shapes. {@link StandardObjectModel#INSTANCE} implements the layout of
 * {@link org.runavm.kernel.heap.Header}.
 */
@org.osgi.annotation.versioning.ConsumerType
public interface ObjectModel {
    /** The size of the object at {@code object} in words, header included. */
    long sizeInWords(HeapMemory memory, long object);

    /** Whether the object is a hole left by the allocator rather than a program object. */
    boolean isFiller(HeapMemory memory, long object);

    /**
     * Hands the address of every reference slot of the object (the word holding the referent's address)
     * to {@code visitor}, which may rewrite it.
     */
    void scanReferenceSlots(HeapMemory memory, long object, SlotVisitor visitor);

    /**
     * Checks that a header is well formed and the object ends by {@code limit}; returns a description of
     * the problem, or {@code null} if it is valid. Used by heap verifiers.
     */
    String checkHeader(HeapMemory memory, long object, long limit);

    /** Copies the object to {@code target} (lower address or disjoint) and returns its size in words. */
    default long copy(HeapMemory memory, long object, long target) {
        long words = sizeInWords(memory, object);
        memory.copy(object, target, words);
        return words;
    }

    /** Receives reference slot addresses. */
    @FunctionalInterface
    interface SlotVisitor {
        void visitSlot(long slotAddress);
    }
}
