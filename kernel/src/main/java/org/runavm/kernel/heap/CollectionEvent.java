package org.runavm.kernel.heap;

/**
 * One finished collection, as {@code --gc-log} reports it.
 *
 * @param collector       the collector plan's name, e.g. {@code "generational"}
 * @param number          this collection's number in the heap, from 1
 * @param full            whether the whole heap was collected (not only the nursery)
 * @param usedBytesBefore what the heap held before, as a limit counts it
 * @param usedBytesAfter  what it holds after
 * @param maxBytes        the configured maximum
 * @param pauseNanos      how long the world was stopped
 */
public record CollectionEvent(String collector, long number, boolean full, long usedBytesBefore, long usedBytesAfter,
                              long maxBytes, long pauseNanos) {

    /**
     * The {@code --gc-log} line: {@code [gc] #3 full (compact): 12.4M -> 1.2M of 64.0M, 3.41 ms}. Sizes are
     * in binary megabytes (MiB) with one decimal.
     */
    public String logLine() {
        return String.format(java.util.Locale.ROOT, "[gc] #%d %s (%s): %s -> %s of %s, %.2f ms", number,
                full ? "full" : "minor", collector, megabytes(usedBytesBefore), megabytes(usedBytesAfter),
                megabytes(maxBytes), pauseNanos / 1e6);
    }

    private static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1fM", bytes / (1024.0 * 1024.0));
    }
}
