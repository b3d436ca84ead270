package org.runavm.kernel.heap.objects;

import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;

/** Tuples: immutable once built; the engine fills the elements right after {@link #allocate}. */
public final class Tuples {
    private Tuples() {
    }

    /** Allocates a Tuple of {@code size} empty elements. A safepoint. */
    public static long allocate(Mutator mutator, int size) {
        return mutator.allocateValues(Shapes.TUPLE, size);
    }

    public static long size(HeapMemory memory, long tuple) {
        return Slots.length(memory, tuple);
    }

    public static byte tag(HeapMemory memory, long tuple, long index) {
        check(memory, tuple, index);
        return Slots.tag(memory, tuple, index);
    }

    public static long payload(HeapMemory memory, long tuple, long index) {
        check(memory, tuple, index);
        return Slots.payload(memory, tuple, index);
    }

    /** Sets an element while the Tuple is being built. */
    public static void initialize(Mutator mutator, long tuple, long index, byte tag, long payload) {
        check(mutator.memory(), tuple, index);
        mutator.store(tuple, index, tag, payload);
    }

    /**
     * Sets all elements of a Tuple just allocated by this thread (no safepoint since), from
     * {@code tags[from..]} and {@code payloads[from..]}. No write barrier is needed: a plan gives a
     * fresh object no log bit (a large one is born remembered), so its initializing stores never take
     * the barrier's slow path.
     */
    public static void initializeFresh(Mutator mutator, long tuple, byte[] tags, long[] payloads, int from) {
        Slots.setAllRaw(mutator.memory(), tuple, tags, payloads, from);
    }

    private static void check(HeapMemory memory, long tuple, long index) {
        long size = size(memory, tuple);
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " out of range for Tuple of size " + size);
        }
    }
}
