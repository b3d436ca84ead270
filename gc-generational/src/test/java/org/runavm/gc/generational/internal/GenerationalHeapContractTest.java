package org.runavm.gc.generational.internal;

import org.runavm.gc.toolkit.PlanHeapContract;
import org.runavm.kernel.heap.HeapMemory;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** The shared plan contract, run on the generational plan. */
class GenerationalHeapContractTest extends PlanHeapContract {
    GenerationalHeapContractTest() {
        // The nursery and the mature space each round up to a chunk; the nursery reserve holds no old data.
        super(new Plan(GenerationalHeap::new, GenerationalCollector::new, 2 * HeapMemory.CHUNK_WORDS * 8L, 3000, 40,
                stats -> assertTrue(stats.fullCollections() > 150, "full collections: " + stats.fullCollections())));
    }
}
