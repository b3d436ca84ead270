package org.runavm.kernel.heap;

import java.util.Arrays;

/**
 * Global handles: stable integer names for heap references held by the embedding API, the FFI layer or
 * other Java code (JNI's global references). A handle keeps its object alive and follows it when a
 * collector moves it. Register the table with {@link Heap#addRoots}.
 */
public final class HandleTable implements RootSource {
    private long[] references = new long[16];
    private int[] freeList = new int[16];
    private int freeCount;
    private int used;

    /** Creates a handle for {@code reference} (non-zero). */
    public synchronized int create(long reference) {
        if (reference == 0) {
            throw new IllegalArgumentException("a handle needs a reference");
        }
        int handle;
        if (freeCount > 0) {
            handle = freeList[--freeCount];
        } else {
            if (used == references.length) {
                references = Arrays.copyOf(references, used * 2);
            }
            handle = used++;
        }
        references[handle] = reference;
        return handle;
    }

    /** The current address of the object named by {@code handle}. */
    public synchronized long get(int handle) {
        long reference = handle >= 0 && handle < used ? references[handle] : 0;
        if (reference == 0) {
            throw new IllegalArgumentException("no live handle " + handle);
        }
        return reference;
    }

    /** Makes {@code handle} name another object. */
    public synchronized void set(int handle, long reference) {
        get(handle);
        if (reference == 0) {
            throw new IllegalArgumentException("a handle needs a reference");
        }
        references[handle] = reference;
    }

    /** Releases {@code handle}; its object may be collected. */
    public synchronized void release(int handle) {
        get(handle);
        references[handle] = 0;
        if (freeCount == freeList.length) {
            freeList = Arrays.copyOf(freeList, freeCount * 2);
        }
        freeList[freeCount++] = handle;
    }

    /** The number of live handles. */
    public synchronized int size() {
        return used - freeCount;
    }

    @Override
    public synchronized void scanRoots(RootVisitor visitor) {
        visitor.visitReferences(references, 0, used);
    }
}
