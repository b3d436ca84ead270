package org.runavm.kernel.heap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class HeapConfigTest {
    private static final long MB = 1024 * 1024;

    @Test
    void theFirstTriggerIsTheThresholdShareOfTheWholeCapacity() {
        HeapConfig c = HeapConfig.ofMaxBytes(MB).withCollectionThreshold(80);
        assertEquals(800, c.triggerWords(0, 1000, 10));
    }

    @Test
    void laterTriggersAreTheShareOfTheRoomAboveTheLiveData() {
        HeapConfig c = HeapConfig.ofMaxBytes(MB).withCollectionThreshold(80);
        assertEquals(900, c.triggerWords(500, 1000, 10));
    }

    @Test
    void aNearlyFullHeapStillAllowsOneBufferBeforeCollectingAgainButNeverPastItsCapacity() {
        HeapConfig c = HeapConfig.ofMaxBytes(MB).withCollectionThreshold(10);
        assertEquals(960, c.triggerWords(950, 1000, 10), "one buffer above the live data, more than 10% of the room");
        assertEquals(1000, c.triggerWords(995, 1000, 10), "capped at the capacity");
    }

    @Test
    void ofMaxBytesCollectsOnlyWhenFull() {
        HeapConfig c = HeapConfig.ofMaxBytes(MB);
        assertEquals(HeapConfig.COLLECT_WHEN_FULL, c.collectionThreshold());
        assertEquals(1000, c.triggerWords(300, 1000, 10));
    }

    @Test
    void theTriggerDoesNotOverflowForHugeCapacities() {
        HeapConfig c = HeapConfig.ofMaxBytes(MB).withCollectionThreshold(99);
        long capacity = Long.MAX_VALUE / 2;
        assertEquals(capacity / 100 * 99 + capacity % 100 * 99 / 100, c.triggerWords(0, capacity, 10));
    }

    @Test
    void aThresholdOutsideOneToOneHundredIsRejected() {
        assertEquals("collection threshold must be between 1 and 100 percent, got 0",
                assertThrows(IllegalArgumentException.class, () -> HeapConfig.ofMaxBytes(MB).withCollectionThreshold(0))
                        .getMessage());
        assertThrows(IllegalArgumentException.class, () -> HeapConfig.ofMaxBytes(MB).withCollectionThreshold(101));
    }
}
