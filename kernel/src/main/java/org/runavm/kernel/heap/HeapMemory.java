package org.runavm.kernel.heap;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.util.Arrays;

/**
 * The words of one VM's managed heap: {@code long[]} chunks addressed by a 64-bit word address.
 *
 * <p>Why chunks of {@code long[]} and not one array or an off-heap segment: see
 * {@code docs/decisions/010-heap-storage.md}. In short, chunks let the heap commit memory lazily up to its
 * fixed capacity (a 1 GB maximum costs nothing until used), reads are one extra load compared with a single
 * array, and memory is returned to the JVM by dropping the heap, with no explicit free that could dangle.
 *
 * <p>Invariants: the capacity never changes, so the VM heap can never take more JVM memory than its
 * configured maximum (plus side tables of a few percent). Address 0 is never part of an object, so a zero
 * payload is never a valid reference. Reading a word that was never {@link #commit committed} fails with
 * an exception instead of returning garbage. Accessors do no locking: the collector and the mutators
 * coordinate through safepoints.
 */
public final class HeapMemory {
    /** log2 of the chunk size in words: 64 Ki words, 512 KiB per chunk. */
    public static final int CHUNK_SHIFT = 16;
    /** The chunk size in words. */
    public static final int CHUNK_WORDS = 1 << CHUNK_SHIFT;
    private static final int CHUNK_MASK = CHUNK_WORDS - 1;
    private static final VarHandle WORDS = MethodHandles.arrayElementVarHandle(long[].class);

    private final long capacityWords;
    private final long[][] chunks;
    private long committedWords;

    /**
     * @param capacityWords the fixed size of the address space, in words; addresses are
     *                      {@code [0, capacityWords)}
     */
    public HeapMemory(long capacityWords) {
        if (capacityWords < 2 || capacityWords > ((long) Integer.MAX_VALUE << CHUNK_SHIFT)) {
            throw new IllegalArgumentException("heap capacity out of range: " + capacityWords + " words");
        }
        this.capacityWords = capacityWords;
        this.chunks = new long[(int) ((capacityWords + CHUNK_MASK) >>> CHUNK_SHIFT)][];
    }

    /** The size of the address space in words. */
    public long capacityWords() {
        return capacityWords;
    }

    /** How many words are backed by JVM memory (committed chunks). */
    public synchronized long committedWords() {
        return committedWords;
    }

    /** Reads the word at {@code address}. */
    public long get(long address) {
        return chunks[(int) (address >>> CHUNK_SHIFT)][(int) address & CHUNK_MASK];
    }

    /** Writes the word at {@code address}. */
    public void set(long address, long value) {
        chunks[(int) (address >>> CHUNK_SHIFT)][(int) address & CHUNK_MASK] = value;
    }

    /** Atomically replaces the word at {@code address} if it still holds {@code expected}. */
    public boolean compareAndSet(long address, long expected, long value) {
        return WORDS.compareAndSet(chunks[(int) (address >>> CHUNK_SHIFT)], (int) address & CHUNK_MASK,
                expected, value);
    }

    /**
     * Makes {@code [from, to)} addressable, allocating the chunks that cover it. Newly committed words are
     * zero. Spaces call this as their allocation frontier advances, never beyond the capacity.
     */
    public synchronized void commit(long from, long to) {
        if (from < 0 || to > capacityWords || from > to) {
            throw new IllegalArgumentException("commit range [" + from + ", " + to + ") outside the heap");
        }
        if (from == to) {
            return;
        }
        for (int c = (int) (from >>> CHUNK_SHIFT); c <= (int) ((to - 1) >>> CHUNK_SHIFT); c++) {
            if (chunks[c] == null) {
                long base = (long) c << CHUNK_SHIFT;
                int length = (int) Math.min(CHUNK_WORDS, capacityWords - base);
                chunks[c] = new long[length];
                committedWords += length;
            }
        }
    }

    /**
     * Returns the chunks lying entirely inside {@code [from, to)} to the JVM; their words read as zero once
     * committed again. Spaces call this for ranges they have emptied, so memory follows the live heap.
     */
    public synchronized void decommit(long from, long to) {
        long first = (from + CHUNK_MASK) >>> CHUNK_SHIFT;
        for (long c = first; c < chunks.length && ((c + 1) << CHUNK_SHIFT) <= to; c++) {
            if (chunks[(int) c] != null) {
                committedWords -= chunks[(int) c].length;
                chunks[(int) c] = null;
            }
        }
    }

    /** Whether every word of {@code [from, to)} is committed. */
    public synchronized boolean isCommitted(long from, long to) {
        for (long c = from >>> CHUNK_SHIFT; from < to && c <= (to - 1) >>> CHUNK_SHIFT; c++) {
            if (chunks[(int) c] == null) {
                return false;
            }
        }
        return from >= 0 && to <= capacityWords;
    }

    /** Sets every word of {@code [from, to)} to {@code value}. */
    public void fill(long from, long to, long value) {
        long address = from;
        while (address < to) {
            long[] chunk = chunks[(int) (address >>> CHUNK_SHIFT)];
            int start = (int) address & CHUNK_MASK;
            int end = (int) Math.min(chunk.length, start + (to - address));
            Arrays.fill(chunk, start, end, value);
            address += end - start;
        }
    }

    /**
     * Copies {@code words} words from {@code source} to {@code target}. Overlapping ranges are safe when
     * {@code target <= source}, which is the only direction sliding compaction and evacuation to a lower
     * address need; otherwise the ranges must not overlap.
     */
    public void copy(long source, long target, long words) {
        if (target > source && target < source + words) {
            throw new IllegalArgumentException("overlapping copy towards higher addresses");
        }
        long done = 0;
        while (done < words) {
            long s = source + done;
            long t = target + done;
            long[] sc = chunks[(int) (s >>> CHUNK_SHIFT)];
            long[] tc = chunks[(int) (t >>> CHUNK_SHIFT)];
            int so = (int) s & CHUNK_MASK;
            int to = (int) t & CHUNK_MASK;
            int n = (int) Math.min(words - done, Math.min(sc.length - so, tc.length - to));
            System.arraycopy(sc, so, tc, to, n);
            done += n;
        }
    }

    /** Drops every chunk; the heap must not be used afterwards. Returns the memory to the JVM. */
    public synchronized void release() {
        Arrays.fill(chunks, null);
        committedWords = 0;
    }
}
