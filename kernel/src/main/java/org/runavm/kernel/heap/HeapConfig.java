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
 */
public record HeapConfig(long maxBytes, long youngBytes, boolean verify, boolean stress) {
    /** The smallest heap a plan must accept. */
    public static final long MIN_BYTES = 64 * 1024;

    public HeapConfig {
        if (maxBytes < MIN_BYTES) {
            throw new IllegalArgumentException("maximum heap must be at least " + MIN_BYTES + " bytes, got " + maxBytes);
        }
        if (youngBytes < 0 || youngBytes > maxBytes / 2) {
            throw new IllegalArgumentException("young generation size must be between 0 and half the heap, got "
                    + youngBytes);
        }
    }

    /** A heap of {@code maxBytes} with plan defaults and no debug checks. */
    public static HeapConfig ofMaxBytes(long maxBytes) {
        return new HeapConfig(maxBytes, 0, false, false);
    }

    public HeapConfig withVerify(boolean on) {
        return new HeapConfig(maxBytes, youngBytes, on, stress);
    }

    public HeapConfig withStress(boolean on) {
        return new HeapConfig(maxBytes, youngBytes, verify, on);
    }

    public HeapConfig withYoungBytes(long bytes) {
        return new HeapConfig(maxBytes, bytes, verify, stress);
    }
}
