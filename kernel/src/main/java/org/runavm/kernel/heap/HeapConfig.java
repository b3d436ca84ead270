package org.runavm.kernel.heap;

/**
 * How to size and check a heap. Built from {@code --gc-max-heap}/{@code --memory-limit},
 * {@code --gc-young-size} and the debug switches.
 *
 * @param maxBytes   the exact limit: allocation beyond it (after a full collection) throws
 *                   {@link OutOfManagedMemory}
 * @param youngBytes the nursery size for generational plans, 0 for the plan's default
 * @param verify     verify the heap after every collection (every reference points at an object header)
 * @param stress     collect at every allocation (finds missing roots quickly; very slow)
 * @param collectionThreshold {@code --gc-collection-threshold}: the percentage (1-100) of the room above
 *                   what the last full collection kept alive that the heap fills before the next full
 *                   collection (at first, of the whole maximum); 100 collects only when the heap is full
 */
public record HeapConfig(long maxBytes, long youngBytes, boolean verify, boolean stress, int collectionThreshold) {
    /** The smallest heap a plan must accept. */
    public static final long MIN_BYTES = 64 * 1024;
    /** The threshold of {@link #ofMaxBytes}: collect when the heap is full. */
    public static final int COLLECT_WHEN_FULL = 100;

    public HeapConfig {
        if (maxBytes < MIN_BYTES) {
            throw new IllegalArgumentException("maximum heap must be at least " + MIN_BYTES + " bytes, got " + maxBytes);
        }
        if (youngBytes < 0 || youngBytes > maxBytes / 2) {
            throw new IllegalArgumentException("young generation size must be between 0 and half the heap, got "
                    + youngBytes);
        }
        if (collectionThreshold < 1 || collectionThreshold > 100) {
            throw new IllegalArgumentException("collection threshold must be between 1 and 100 percent, got "
                    + collectionThreshold);
        }
    }

    /** A heap that collects only when full. */
    public HeapConfig(long maxBytes, long youngBytes, boolean verify, boolean stress) {
        this(maxBytes, youngBytes, verify, stress, COLLECT_WHEN_FULL);
    }

    /**
     * Where the next full collection starts, in words of a space of {@code capacityWords} of which the
     * last full collection kept {@code liveWords}: {@link #collectionThreshold} percent of the room above
     * them. Never below the live words plus one buffer of {@code minimumRoomWords}, so a heap whose live
     * data is near its maximum does not collect at every allocation before it fails.
     */
    public long triggerWords(long liveWords, long capacityWords, long minimumRoomWords) {
        long room = Math.max(0, capacityWords - liveWords);
        long trigger = liveWords + room / 100 * collectionThreshold + room % 100 * collectionThreshold / 100;
        return Math.min(capacityWords, Math.max(trigger, liveWords + minimumRoomWords));
    }

    /** A heap of {@code maxBytes} with plan defaults and no debug checks. */
    public static HeapConfig ofMaxBytes(long maxBytes) {
        return new HeapConfig(maxBytes, 0, false, false);
    }

    public HeapConfig withVerify(boolean on) {
        return new HeapConfig(maxBytes, youngBytes, on, stress, collectionThreshold);
    }

    public HeapConfig withStress(boolean on) {
        return new HeapConfig(maxBytes, youngBytes, verify, on, collectionThreshold);
    }

    public HeapConfig withYoungBytes(long bytes) {
        return new HeapConfig(maxBytes, bytes, verify, stress, collectionThreshold);
    }

    public HeapConfig withCollectionThreshold(int percent) {
        return new HeapConfig(maxBytes, youngBytes, verify, stress, percent);
    }
}
