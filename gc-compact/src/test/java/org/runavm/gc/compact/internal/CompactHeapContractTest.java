package org.runavm.gc.compact.internal;

import org.runavm.gc.toolkit.PlanHeapContract;
import org.runavm.kernel.heap.HeapMemory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared plan contract, run on the compact plan. */
class CompactHeapContractTest extends PlanHeapContract {
    CompactHeapContractTest() {
        // One space: at most its last chunk runs past the maximum; nearly all of it holds live data.
        super(new Plan(CompactHeap::new, CompactCollector::new, HeapMemory.CHUNK_WORDS * 8L, 3500, 60,
                stats -> assertTrue(stats.collections() > 240, "collections: " + stats.collections())));
    }
}
