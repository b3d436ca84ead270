package org.runavm.gc.toolkit.bench;

import java.lang.foreign.Arena;
import java.lang.foreign.MemorySegment;
import java.lang.foreign.ValueLayout;

/** The three candidate heap storages measured by {@link HeapStorageBenchmark}. */
interface Storage {
    long get(long address);

    void set(long address, long value);

    static Storage create(String kind, long words) {
        return switch (kind) {
            case "array" -> new SingleArray(words);
            case "chunked" -> new Chunked(words);
            case "segment" -> new Segment(words);
            default -> throw new IllegalArgumentException(kind);
        };
    }

    /** One {@code long[]}: the fastest access, but it must be allocated at full size (or grown by copying). */
    final class SingleArray implements Storage {
        private final long[] words;

        SingleArray(long size) {
            words = new long[(int) size];
        }

        @Override
        public long get(long address) {
            return words[(int) address];
        }

        @Override
        public void set(long address, long value) {
            words[(int) address] = value;
        }
    }

    /** {@code long[]} chunks of 64 Ki words, as in {@code HeapMemory}. */
    final class Chunked implements Storage {
        private static final int SHIFT = 16;
        private static final int MASK = (1 << SHIFT) - 1;
        private final long[][] chunks;

        Chunked(long size) {
            chunks = new long[(int) ((size + MASK) >>> SHIFT)][];
            for (int i = 0; i < chunks.length; i++) {
                chunks[i] = new long[1 << SHIFT];
            }
        }

        @Override
        public long get(long address) {
            return chunks[(int) (address >>> SHIFT)][(int) address & MASK];
        }

        @Override
        public void set(long address, long value) {
            chunks[(int) (address >>> SHIFT)][(int) address & MASK] = value;
        }
    }

    /** One off-heap segment from a shared arena (several mutator threads share a heap). */
    final class Segment implements Storage {
        private final MemorySegment segment;

        Segment(long size) {
            segment = Arena.ofShared().allocate(size * 8, 8);
        }

        @Override
        public long get(long address) {
            return segment.getAtIndex(ValueLayout.JAVA_LONG, address);
        }

        @Override
        public void set(long address, long value) {
            segment.setAtIndex(ValueLayout.JAVA_LONG, address, value);
        }
    }
}
