package org.runavm.gc.generational.internal;

import org.runavm.gc.toolkit.PlanHeap;
import org.runavm.gc.toolkit.PlanHeapContract;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.HeapStats;
import org.runavm.kernel.heap.spi.Collector;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared plan contract, run on the generational plan. */
class GenerationalHeapContractTest extends PlanHeapContract {
    @Override
    protected PlanHeap newHeap(HeapConfig config) {
        return new GenerationalHeap(config);
    }

    @Override
    protected Collector newCollector() {
        return new GenerationalCollector();
    }

    @Override
    protected long committedSlackBytes() {
        return 2 * HeapMemory.CHUNK_WORDS * 8L; // the nursery and the mature space each round up to a chunk
    }

    @Override
    protected long minimumBombSurvivors() {
        return 3000; // the survivor spaces and the nursery reserve are not usable by long-lived data
    }

    @Override
    protected int stressRounds() {
        return 40;
    }

    @Override
    protected void assertStressCollected(HeapStats stats) {
        assertTrue(stats.fullCollections() > 150, "full collections: " + stats.fullCollections());
    }
}
