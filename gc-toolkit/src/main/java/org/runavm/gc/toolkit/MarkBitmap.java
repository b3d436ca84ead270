package org.runavm.gc.toolkit;

import java.util.Arrays;

/**
 * One bit per heap word over {@code [base, base + words)}. Tracing marks <em>every</em> word of a live
 * object, not only its header; that is what lets {@link SlidingCompactor} compute any forwarding address in
 * O(1) from a popcount, and lets a walk find the next live object with one scan for a set bit.
 *
 * <p>Memory cost: at most 1/64 of the covered range, taken as marks reach it. The array grows (at least
 * doubling) to cover the highest word marked so far, and every word beyond it reads as unmarked; so a
 * heap that has not yet been traced, or only its lower part, does not pay for the rest of its address
 * space. (Made whole when the heap was created, the bitmap of the standard 256m heap cost some 25 ms of
 * every start on a machine whose page faults are slow.)
 */
public final class MarkBitmap {
    private static final long[] NONE = new long[0];
    /** The smallest array the bitmap grows to: it covers 64 Ki words. */
    private static final int MIN_LENGTH = 1024;

    private final long base;
    private final long words;
    private final int fullLength;
    private long[] bits = NONE;

    public MarkBitmap(long base, long words) {
        this.base = base;
        this.words = words;
        this.fullLength = (int) ((words + 63) >>> 6);
    }

    /** Makes the array cover bitmap word {@code index}. */
    private long[] cover(int index) {
        long[] b = bits;
        if (index >= b.length) {
            long length = Math.max(index + 1L, Math.max(MIN_LENGTH, 2L * b.length));
            b = bits = Arrays.copyOf(b, (int) Math.min(length, fullLength));
        }
        return b;
    }

    /** How many bitmap words the array holds so far (at most 1/64 of the covered range). */
    int allocatedWords() {
        return bits.length;
    }

    /** The first covered address. */
    public long base() {
        return base;
    }

    /** Whether {@code address} lies in the covered range. */
    public boolean covers(long address) {
        return address >= base && address - base < words;
    }

    /** Whether the word at {@code address} is marked. */
    public boolean isMarked(long address) {
        long i = address - base;
        long[] b = bits;
        int w = (int) (i >>> 6);
        return w < b.length && (b[w] & (1L << i)) != 0;
    }

    /** Marks the {@code count} words starting at {@code address}. */
    public void markRange(long address, long count) {
        long from = address - base;
        long to = from + count;
        int first = (int) (from >>> 6);
        int last = (int) ((to - 1) >>> 6);
        long firstMask = -1L << from;
        long lastMask = -1L >>> (63 - ((to - 1) & 63));
        long[] b = cover(last);
        if (first == last) {
            b[first] |= firstMask & lastMask;
            return;
        }
        b[first] |= firstMask;
        for (int i = first + 1; i < last; i++) {
            b[i] = -1L;
        }
        b[last] |= lastMask;
    }

    /** Clears every bit for addresses in {@code [from, to)}, rounded out to whole bitmap words. */
    public void clear(long from, long to) {
        long[] b = bits;
        int start = (int) ((from - base) >>> 6);
        int end = (int) Math.min(b.length, (to - base + 63) >>> 6);
        if (to > from && start < end) {
            Arrays.fill(b, start, end, 0L);
        }
    }

    /** The first marked address in {@code [from, to)}, or {@code to} if none. */
    public long nextMarked(long from, long to) {
        if (from >= to) {
            return to;
        }
        long[] b = bits;
        long i = from - base;
        int w = (int) (i >>> 6);
        int lastWord = (int) Math.min(b.length - 1L, (to - base - 1) >>> 6); // no marks beyond the array
        if (w > lastWord) {
            return to;
        }
        long word = b[w] & (-1L << i);
        while (word == 0) {
            if (++w > lastWord) {
                return to;
            }
            word = b[w];
        }
        long found = base + ((long) w << 6) + Long.numberOfTrailingZeros(word);
        return Math.min(found, to);
    }

    /** The raw bitmap word {@code index} (covering addresses {@code base + 64 * index ...}). */
    long word(int index) {
        long[] b = bits;
        return index < b.length ? b[index] : 0;
    }

    /** The number of marked words below {@code address} within its bitmap word. */
    int markedBefore(long address) {
        long i = address - base;
        return Long.bitCount(word((int) (i >>> 6)) & ((1L << i) - 1));
    }

    /** The number of marked words in {@code [from, to)}. */
    public long countMarked(long from, long to) {
        long count = 0;
        for (long a = nextMarked(from, to); a < to; a = nextMarked(a + 1, to)) {
            long i = a - base;
            int w = (int) (i >>> 6);
            long word = bits[w] & (-1L << i);
            long wordEnd = base + ((long) (w + 1) << 6);
            if (wordEnd > to) {
                word &= -1L >>> (wordEnd - to);
            }
            count += Long.bitCount(word);
            a = wordEnd - 1;
        }
        return count;
    }

    /**
     * Visits the marked objects of {@code [from, to)} in address order, given that every word of a marked
     * object is marked and {@code from} is not inside a marked object.
     */
    public void forEachMarkedObject(org.runavm.kernel.heap.HeapMemory memory,
                                    org.runavm.kernel.heap.spi.ObjectModel model, long from, long to,
                                    java.util.function.LongConsumer action) {
        long object = nextMarked(from, to);
        while (object < to) {
            long words = model.sizeInWords(memory, object);
            action.accept(object);
            object = nextMarked(object + words, to);
        }
    }
}
