package org.runavm.gc.toolkit;

/**
 * One bit per heap word over {@code [base, base + words)}. Tracing marks <em>every</em> word of a live
 * object, not only its header; that is what lets {@link SlidingCompactor} compute any forwarding address in
 * O(1) from a popcount, and lets a walk find the next live object with one scan for a set bit.
 * Memory cost: 1/64 of the covered range.
 */
public final class MarkBitmap {
    private final long base;
    private final long words;
    private final long[] bits;

    public MarkBitmap(long base, long words) {
        this.base = base;
        this.words = words;
        this.bits = new long[(int) ((words + 63) >>> 6)];
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
        return (bits[(int) (i >>> 6)] & (1L << i)) != 0;
    }

    /** Marks the {@code count} words starting at {@code address}. */
    public void markRange(long address, long count) {
        long from = address - base;
        long to = from + count;
        int first = (int) (from >>> 6);
        int last = (int) ((to - 1) >>> 6);
        long firstMask = -1L << from;
        long lastMask = -1L >>> (63 - ((to - 1) & 63));
        if (first == last) {
            bits[first] |= firstMask & lastMask;
            return;
        }
        bits[first] |= firstMask;
        for (int i = first + 1; i < last; i++) {
            bits[i] = -1L;
        }
        bits[last] |= lastMask;
    }

    /** Clears every bit for addresses in {@code [from, to)}, rounded out to whole bitmap words. */
    public void clear(long from, long to) {
        if (to <= from) {
            return;
        }
        java.util.Arrays.fill(bits, (int) ((from - base) >>> 6), (int) ((to - base + 63) >>> 6), 0L);
    }

    /** The first marked address in {@code [from, to)}, or {@code to} if none. */
    public long nextMarked(long from, long to) {
        if (from >= to) {
            return to;
        }
        long i = from - base;
        int w = (int) (i >>> 6);
        long word = bits[w] & (-1L << i);
        int lastWord = (int) ((to - base - 1) >>> 6);
        while (word == 0) {
            if (++w > lastWord) {
                return to;
            }
            word = bits[w];
        }
        long found = base + ((long) w << 6) + Long.numberOfTrailingZeros(word);
        return Math.min(found, to);
    }

    /** The raw bitmap word {@code index} (covering addresses {@code base + 64 * index ...}). */
    long word(int index) {
        return bits[index];
    }

    /** The number of marked words below {@code address} within its bitmap word. */
    int markedBefore(long address) {
        long i = address - base;
        return Long.bitCount(bits[(int) (i >>> 6)] & ((1L << i) - 1));
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
