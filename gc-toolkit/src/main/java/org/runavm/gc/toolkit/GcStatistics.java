package org.runavm.gc.toolkit;

import org.runavm.kernel.heap.HeapStats;

/** Collection counters and pause times of one heap. */
public final class GcStatistics {
    private final String collector;
    private long collections;
    private long fullCollections;
    private long lastPause;
    private long maxPause;
    private long totalPause;

    public GcStatistics(String collector) {
        this.collector = collector;
    }

    /** Records a collection that paused the world for {@code nanos}. */
    public synchronized void record(long nanos, boolean full) {
        collections++;
        if (full) {
            fullCollections++;
        }
        lastPause = nanos;
        maxPause = Math.max(maxPause, nanos);
        totalPause += nanos;
    }

    public synchronized long collections() {
        return collections;
    }

    public synchronized HeapStats snapshot(long usedBytes, long maxBytes, long committedBytes) {
        return new HeapStats(collector, usedBytes, maxBytes, committedBytes, collections, fullCollections,
                lastPause, maxPause, totalPause);
    }
}
