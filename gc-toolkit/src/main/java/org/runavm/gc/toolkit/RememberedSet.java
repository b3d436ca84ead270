package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.RootVisitor;

import java.util.Arrays;
import java.util.function.LongPredicate;

/**
 * The objects outside a nursery that may reference into it: filled by the write barrier's slow path (each
 * object at most once, guarded by its header's log bit) and consumed by the next minor collection.
 */
public final class RememberedSet {
    private long[] objects = new long[256];
    private int size;

    /** Records an object; called by mutators (thread-safe). */
    public synchronized void add(long object) {
        if (size == objects.length) {
            objects = Arrays.copyOf(objects, size * 2);
        }
        objects[size++] = object;
    }

    /** Removes and returns every entry (world stopped). */
    public synchronized long[] drain() {
        long[] out = Arrays.copyOf(objects, size);
        size = 0;
        return out;
    }

    /** Keeps only the entries {@code keep} accepts (world stopped). */
    public synchronized void retainIf(LongPredicate keep) {
        int kept = 0;
        for (int i = 0; i < size; i++) {
            if (keep.test(objects[i])) {
                objects[kept++] = objects[i];
            }
        }
        size = kept;
    }

    /** Offers the entries to a (forwarding) visitor, which may rewrite them (world stopped). */
    public synchronized void visit(RootVisitor visitor) {
        visitor.visitReferences(objects, 0, size);
    }

    public synchronized int size() {
        return size;
    }
}
