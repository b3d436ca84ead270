package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.HeapMemory;

/**
 * A contiguous space {@code [start, end)} allocated by bumping {@link #top()}. Memory is committed lazily as
 * the top advances, so an idle heap costs no JVM memory.
 *
 * <p>Invariant: every committed word in {@code [top, end)} is zero. Allocation therefore hands out zeroed
 * memory without writing it, and a plan that lowers the top (after compaction or evacuation) must call
 * {@link #resetTop}, which zeroes what it gives back.
 */
public final class BumpSpace {
    /** A granted range {@code [start, end)}. */
    public record Region(long start, long end) {
        public long words() {
            return end - start;
        }
    }

    private final HeapMemory memory;
    private final long start;
    private final long end;
    private long top;

    public BumpSpace(HeapMemory memory, long start, long end) {
        if (start < 1 || end > memory.capacityWords() || start > end) {
            throw new IllegalArgumentException("space [" + start + ", " + end + ") outside the heap");
        }
        this.memory = memory;
        this.start = start;
        this.end = end;
        this.top = start;
    }

    public long start() {
        return start;
    }

    public long end() {
        return end;
    }

    public synchronized long top() {
        return top;
    }

    public synchronized long usedWords() {
        return top - start;
    }

    public synchronized long freeWords() {
        return end - top;
    }

    /** Whether {@code address} lies inside this space's range. */
    public boolean contains(long address) {
        return address >= start && address < end;
    }

    /** Allocates exactly {@code words} zeroed words, or returns -1 if they do not fit. */
    public synchronized long allocate(long words) {
        if (words > end - top) {
            return -1;
        }
        long address = top;
        memory.commit(address, address + words);
        top = address + words;
        return address;
    }

    /**
     * Grants a buffer of {@code preferred} words, or whatever is left if that is at least {@code minimum}
     * (so that the last words of the heap are usable too); {@code null} if not even {@code minimum} fits.
     */
    public synchronized Region allocateBuffer(long minimum, long preferred) {
        long words = Math.min(preferred, end - top);
        if (words < minimum) {
            return null;
        }
        long address = allocate(words);
        return new Region(address, address + words);
    }

    /** Lowers the top to {@code newTop} after the plan emptied {@code [newTop, top)}, zeroing it. */
    public synchronized void resetTop(long newTop) {
        if (newTop < start || newTop > top) {
            throw new IllegalArgumentException("new top " + newTop + " outside [" + start + ", " + top + "]");
        }
        memory.fill(newTop, top, 0L);
        top = newTop;
    }
}
