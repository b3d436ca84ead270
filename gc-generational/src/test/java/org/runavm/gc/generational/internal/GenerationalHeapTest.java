package org.runavm.gc.generational.internal;

import org.junit.jupiter.api.Test;
import org.runavm.gc.toolkit.Frame;
import org.runavm.gc.toolkit.HeapCorruptionError;
import org.runavm.kernel.heap.HandleTable;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.OutOfManagedMemory;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.ByteArrays;
import org.runavm.kernel.heap.objects.HashTables;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.heap.objects.Texts;
import org.runavm.kernel.heap.objects.Tuples;
import org.runavm.kernel.value.Tag;

import java.util.HashMap;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.*;

class GenerationalHeapTest {
    private static final long MB = 1024 * 1024;

    private static GenerationalHeap heap(long bytes, boolean verify) {
        return new GenerationalHeap(HeapConfig.ofMaxBytes(bytes).withVerify(verify));
    }

    /** Allocates small garbage until a (minor) collection has run. */
    private static void allocateUntilCollection(GenerationalHeap heap, Mutator m) {
        long before = heap.stats().collections();
        while (heap.stats().collections() == before) {
            ByteArrays.allocate(m, 64);
        }
    }

    private static long promote(GenerationalHeap heap, int local, Mutator m) {
        for (int i = 0; i < GenerationalHeap.TENURE_AGE; i++) {
            allocateUntilCollection(heap, m);
        }
        assertFalse(heap.isYoung(m.local(local)), "tenured after " + GenerationalHeap.TENURE_AGE + " collections");
        return m.local(local);
    }

    /** Full collections of a run that tenures 48 KiB arrays and drops them, {@code rounds} times, in 8 MiB. */
    private static long tenuredChurn(int threshold, int rounds) {
        try (GenerationalHeap heap = new GenerationalHeap(HeapConfig.ofMaxBytes(8 * MB).withCollectionThreshold(threshold));
             Mutator m = heap.attach()) {
            int local = m.pushLocal(0);
            for (int i = 0; i < rounds; i++) {
                m.setLocal(local, ByteArrays.allocate(m, 48 * 1024));
                promote(heap, local, m); // now mature garbage once the next round replaces it
            }
            return heap.stats().fullCollections();
        }
    }

    @Test
    void theCollectionThresholdCollectsTheMatureSpaceBeforeItIsFull() {
        long atTwentyPercent = tenuredChurn(20, 60);
        long whenFull = tenuredChurn(100, 60);
        assertTrue(atTwentyPercent > whenFull, atTwentyPercent + " full collections at 20%, " + whenFull + " at 100%");
    }

    @Test
    void objectsAreTenuredByAge() {
        try (GenerationalHeap heap = heap(4 * MB, true); Mutator m = heap.attach()) {
            int local = m.pushLocal(Texts.allocate(m, "long-lived"));
            assertTrue(heap.isYoung(m.local(local)));
            allocateUntilCollection(heap, m);
            assertTrue(heap.isYoung(m.local(local)), "a survivor after one minor collection");
            promote(heap, local, m);
            assertEquals("long-lived", Texts.toJavaString(m.memory(), m.local(local)));
            assertEquals(0, heap.stats().fullCollections(), "only minor collections ran");
        }
    }

    @Test
    void theBarrierKeepsYoungObjectsReferencedOnlyFromTheMatureSpaceAlive() {
        try (GenerationalHeap heap = heap(4 * MB, true); Mutator m = heap.attach()) {
            int holder = m.pushLocal(Tuples.allocate(m, 2));
            long old = promote(heap, holder, m);
            long young = Texts.allocate(m, "only the old tuple knows me");
            Tuples.initialize(m, old, 0, Tag.REF, young); // a mature -> nursery store: the barrier logs 'old'
            for (int i = 0; i < 5; i++) {
                allocateUntilCollection(heap, m);
            }
            long now = Tuples.payload(m.memory(), m.local(holder), 0);
            assertNotEquals(young, now, "the young object was copied");
            assertEquals("only the old tuple knows me", Texts.toJavaString(m.memory(), now));
            assertEquals(0, heap.stats().fullCollections());
        }
    }

    @Test
    void aStoreThatBypassesTheBarrierIsCaughtByTheVerifier() {
        try (GenerationalHeap heap = heap(4 * MB, false); Mutator m = heap.attach()) {
            int holder = m.pushLocal(Tuples.allocate(m, 2));
            long old = promote(heap, holder, m);
            long young = Texts.allocate(m, "lost");
            Slots.setRaw(m.memory(), old, 0, Tag.REF, young); // no barrier: the minor collection cannot see it
            allocateUntilCollection(heap, m);
            HeapCorruptionError error = assertThrows(HeapCorruptionError.class, heap::verifyNow);
            assertTrue(error.getMessage().contains("slot 0 of Tuple"), error.getMessage());
        }
    }

    @Test
    void largeObjectsDoNotMoveAndAreReclaimed() {
        try (GenerationalHeap heap = heap(8 * MB, true); Mutator m = heap.attach()) {
            byte[] data = new byte[100_000];
            new java.util.Random(3).nextBytes(data);
            int local = m.pushLocal(ByteArrays.allocate(m, data));
            long address = m.local(local);
            assertTrue(heap.isLarge(address));
            ByteArrays.allocate(m, 200_000); // large garbage
            long used = heap.stats().usedBytes();
            heap.collect();
            allocateUntilCollection(heap, m);
            assertEquals(address, m.local(local), "large objects never move");
            assertArrayEquals(data, ByteArrays.toByteArray(m.memory(), address));
            assertTrue(heap.stats().usedBytes() < used - 150_000, "the large garbage was swept");
            long holder = Tuples.allocate(m, 1);
            Tuples.initialize(m, holder, 0, Tag.REF, m.local(local));
            m.setLocal(local, holder);
            heap.collect();
            assertArrayEquals(data, ByteArrays.toByteArray(m.memory(), Tuples.payload(m.memory(), m.local(local), 0)));
        }
    }

    @Test
    void largeObjectsReferencingYoungOnesAreRemembered() {
        try (GenerationalHeap heap = heap(8 * MB, true); Mutator m = heap.attach()) {
            int array = m.pushLocal(m.allocateValues(Shapes.ARRAY, 5000));
            assertTrue(heap.isLarge(m.local(array)));
            for (int i = 0; i < 5000; i++) {
                m.store(m.local(array), i, Tag.REF, Texts.allocate(m, "e" + i));
            }
            for (int c = 0; c < 4; c++) {
                allocateUntilCollection(heap, m);
            }
            for (int i = 0; i < 5000; i++) {
                assertEquals("e" + i, Texts.toJavaString(m.memory(), Slots.payload(m.memory(), m.local(array), i)));
            }
        }
    }

    @Test
    void cyclesSurviveFullCollectionsAndGarbageIsReclaimed() {
        try (GenerationalHeap heap = heap(4 * MB, true); Mutator m = heap.attach()) {
            Frame frame = new Frame(2);
            heap.addRoots(frame);
            frame.setRef(0, Tuples.allocate(m, 2));
            frame.setRef(1, Tuples.allocate(m, 2));
            m.store(frame.payloads[0], 0, Tag.REF, frame.payloads[1]);
            m.store(frame.payloads[1], 0, Tag.REF, frame.payloads[0]);
            Tuples.initialize(m, frame.payloads[0], 1, Tag.INTEGER, 11);
            Tuples.initialize(m, frame.payloads[1], 1, Tag.INTEGER, 22);
            frame.clear(1);
            for (int i = 0; i < 1000; i++) {
                Lists.allocate(m, 10);
            }
            heap.collect();
            heap.collect();
            heap.collect();
            heap.collect();
            HeapMemory memory = m.memory();
            long a = frame.payloads[0];
            long b = Tuples.payload(memory, a, 0);
            assertEquals(a, Tuples.payload(memory, b, 0));
            assertEquals(11, Tuples.payload(memory, a, 1));
            assertEquals(22, Tuples.payload(memory, b, 1));
            assertFalse(heap.isYoung(a));
            long used = heap.stats().usedBytes();
            assertTrue(used < 1000, "only the cycle is left: " + used);
            frame.clear(0);
            heap.collect();
            assertEquals(0, heap.stats().usedBytes());
        }
    }

    @Test
    void isTheGenerationalCollectorService() {
        GenerationalCollector collector = new GenerationalCollector();
        assertEquals("generational", collector.name());
        assertTrue(collector.constraints().needsBarrier());
        try (var heap = collector.createHeap(HeapConfig.ofMaxBytes(MB))) {
            assertEquals("generational", heap.stats().collector());
        }
    }
}
