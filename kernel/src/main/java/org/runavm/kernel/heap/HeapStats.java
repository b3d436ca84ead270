package org.runavm.kernel.heap;

/**
 * A snapshot of a heap's counters, for {@code Runtime}/{@code Memory} in the stdlib, {@code --gc-log},
 * the monitoring endpoint and tests.
 *
 * @param collector       the collector plan's name, e.g. {@code "compact"}
 * @param usedBytes       bytes occupied by objects and unused allocation buffers (what a limit counts)
 * @param maxBytes        the configured maximum
 * @param committedBytes  JVM memory backing the heap so far (at most {@code maxBytes} rounded up to a chunk)
 * @param collections     collections of any kind so far
 * @param fullCollections collections of the whole heap so far
 * @param lastPauseNanos  the pause of the latest collection
 * @param maxPauseNanos   the longest pause
 * @param totalPauseNanos the sum of all pauses
 */
public record HeapStats(String collector, long usedBytes, long maxBytes, long committedBytes, long collections,
                        long fullCollections, long lastPauseNanos, long maxPauseNanos, long totalPauseNanos) {
}
