package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.HeapMemory;

import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;

/**
 * A non-moving space for large objects: first-fit allocation from a free list of coalesced blocks, falling
 * back to bumping the extent. Dead objects are swept after a full mark and replaced by filler objects, so
 * {@code [start, extentEnd)} stays walkable; a free block at the end shrinks the extent again.
 *
 * <p>The {@link #extentWords() extent}, free blocks included, is what this space charges against the heap
 * budget, so fragmentation can never let the heap take more memory than its maximum.
 */
public final class LargeObjectSpace {
    private final HeapMemory memory;
    private final long start;
    private final long end;
    private long extentEnd;
    private final TreeMap<Long, Long> free = new TreeMap<>();
    private final TreeMap<Long, Long> objects = new TreeMap<>();

    public LargeObjectSpace(HeapMemory memory, long start, long end) {
        this.memory = memory;
        this.start = start;
        this.end = end;
        this.extentEnd = start;
    }

    public boolean contains(long address) {
        return address >= start && address < end;
    }

    public long start() {
        return start;
    }

    /** The end of the walkable extent. */
    public synchronized long extentEnd() {
        return extentEnd;
    }

    /** Words charged to the heap budget: the whole extent, free blocks included. */
    public synchronized long extentWords() {
        return extentEnd - start;
    }

    /**
     * How many more extent words an allocation of {@code words} would take (0 if a free block fits);
     * lets the plan check its budget first.
     */
    public synchronized long growthFor(long words) {
        for (Map.Entry<Long, Long> block : free.entrySet()) {
            if (block.getValue() >= words) {
                return 0;
            }
        }
        return words;
    }

    /** Allocates {@code words} zeroed words, or -1 if the address range is exhausted. */
    public synchronized long allocate(long words) {
        for (Map.Entry<Long, Long> block : free.entrySet()) {
            if (block.getValue() >= words) {
                long address = block.getKey();
                long rest = block.getValue() - words;
                free.remove(address);
                if (rest > 0) {
                    free.put(address + words, rest);
                    Fillers.fill(memory, address + words, address + words + rest);
                }
                memory.fill(address, address + words, 0L);
                objects.put(address, words);
                return address;
            }
        }
        if (words > end - extentEnd) {
            return -1;
        }
        long address = extentEnd;
        memory.commit(address, address + words);
        extentEnd += words;
        objects.put(address, words);
        return address;
    }

    /** Visits every allocated object (live or not yet swept), in address order. */
    public synchronized void forEachObject(LongConsumer action) {
        for (long object : objects.keySet().toArray(new Long[0])) {
            action.accept(object);
        }
    }

    /** Frees every object {@code isLive} rejects; returns the number of words freed. */
    public synchronized long sweep(java.util.function.LongPredicate isLive) {
        long freed = 0;
        for (Long object : objects.keySet().toArray(new Long[0])) {
            if (!isLive.test(object)) {
                long words = objects.remove(object);
                freed += words;
                release(object, words);
            }
        }
        return freed;
    }

    private void release(long address, long words) {
        Map.Entry<Long, Long> before = free.floorEntry(address);
        if (before != null && before.getKey() + before.getValue() == address) {
            free.remove(before.getKey());
            address = before.getKey();
            words += before.getValue();
        }
        Long after = free.containsKey(address + words) ? free.remove(address + words) : null;
        if (after != null) {
            words += after;
        }
        if (address + words == extentEnd) {
            memory.fill(address, extentEnd, 0L); // keep the zero invariant above the extent
            extentEnd = address;
            return;
        }
        free.put(address, words);
        Fillers.fill(memory, address, address + words);
    }
}
