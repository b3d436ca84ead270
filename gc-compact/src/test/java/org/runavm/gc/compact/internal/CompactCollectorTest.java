package org.runavm.gc.compact.internal;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.spi.BarrierKind;
import org.runavm.kernel.heap.spi.Collector;

import static org.junit.jupiter.api.Assertions.*;

class CompactCollectorTest {
    @Test
    void isTheCompactCollectorService() {
        Collector collector = new CompactCollector();
        assertEquals("compact", collector.name());
        assertTrue(collector.constraints().movesObjects());
        assertEquals(BarrierKind.NONE, collector.constraints().barrier());
        assertFalse(collector.constraints().needsBarrier());
        try (Heap heap = collector.createHeap(HeapConfig.ofMaxBytes(1 << 20))) {
            assertEquals("compact", heap.collectorName());
            assertEquals("compact", heap.stats().collector());
            assertEquals(1 << 20, heap.stats().maxBytes());
            assertEquals(0, heap.stats().committedBytes(), "no JVM memory before the first allocation");
            assertTrue(heap.movesObjects());
        }
    }
}
