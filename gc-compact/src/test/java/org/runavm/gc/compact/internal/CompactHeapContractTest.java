package org.runavm.gc.compact.internal;

import org.runavm.gc.toolkit.PlanHeap;
import org.runavm.gc.toolkit.PlanHeapContract;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.HeapStats;
import org.runavm.kernel.heap.spi.Collector;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared plan contract, run on the compact plan. */
class CompactHeapContractTest extends PlanHeapContract {
    @Override
    protected PlanHeap newHeap(HeapConfig config) {
        return new CompactHeap(config);
    }

    @Override
    protected Collector newCollector() {
        return new CompactCollector();
    }

    @Override
    protected long committedSlackBytes() {
        return HeapMemory.CHUNK_WORDS * 8L; // one space: at most its last chunk runs past the maximum
    }

    @Override
    protected long minimumBombSurvivors() {
        return 3500;
    }

    @Override
    protected int stressRounds() {
        return 60;
    }

    @Override
    protected void assertStressCollected(HeapStats stats) {
        assertTrue(stats.collections() > 240, "collections: " + stats.collections());
    }
}
