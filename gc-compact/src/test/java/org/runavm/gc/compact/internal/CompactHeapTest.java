package org.runavm.gc.compact.internal;

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

class CompactHeapTest {
    private static final long MB = 1024 * 1024;

    private static CompactHeap heap(long bytes, boolean verify) {
        return new CompactHeap(HeapConfig.ofMaxBytes(bytes).withVerify(verify));
    }

    /** The full collections of a run that allocates {@code count} unreachable 4 KiB arrays in 8 MiB. */
    private static java.util.List<org.runavm.kernel.heap.CollectionEvent> churn(int threshold, int count) {
        try (CompactHeap heap = new CompactHeap(HeapConfig.ofMaxBytes(8 * MB).withCollectionThreshold(threshold));
             Mutator m = heap.attach()) {
            java.util.List<org.runavm.kernel.heap.CollectionEvent> events = new java.util.ArrayList<>();
            heap.addCollectionListener(events::add);
            for (int i = 0; i < count; i++) {
                ByteArrays.allocate(m, 4096);
            }
            return events;
        }
    }

    @Test
    void theCollectionThresholdStartsCollectionsBeforeTheHeapIsFull() {
        var atHalf = churn(50, 6000);
        var whenFull = churn(100, 6000);
        assertTrue(atHalf.size() > whenFull.size(), atHalf.size() + " collections at 50%, " + whenFull.size() + " at 100%");
        for (var event : atHalf) {
            // half of the heap, plus at most one buffer and the object that crossed the line
            assertTrue(event.usedBytesBefore() <= 4 * MB + 64 * 1024 + 8192, event.logLine());
        }
        assertTrue(whenFull.stream().anyMatch(e -> e.usedBytesBefore() > 7 * MB), whenFull.toString());
    }

    /** Builds a ring of {@code n} tuples (label Text, index, next), rooted in frame slot 0. */
    private static void buildRing(Mutator m, Frame frame, int n) {
        HeapMemory memory = m.memory();
        long first = Tuples.allocate(m, 3);
        frame.setRef(0, first);
        frame.setRef(1, first); // slot 1: the last node so far
        for (int i = 0; i < n; i++) {
            long text = Texts.allocate(m, "node " + i + " ✓");
            frame.setRef(2, text);
            long node = i == 0 ? frame.payloads[0] : Tuples.allocate(m, 3);
            Tuples.initialize(m, node, 0, Tag.REF, frame.payloads[2]);
            Tuples.initialize(m, node, 1, Tag.INTEGER, i);
            if (i > 0) {
                m.store(frame.payloads[1], 2, Tag.REF, node);
            }
            frame.setRef(1, node);
            ByteArrays.allocate(m, 100); // garbage between live objects
        }
        m.store(frame.payloads[1], 2, Tag.REF, frame.payloads[0]); // close the cycle
        frame.clear(1);
        frame.clear(2);
    }

    private static void checkRing(HeapMemory memory, long first, int n) {
        long node = first;
        for (int i = 0; i < n; i++) {
            assertEquals(Shapes.TUPLE, Slots.shape(memory, node));
            assertEquals("node " + i + " ✓", Texts.toJavaString(memory, Tuples.payload(memory, node, 0)));
            assertEquals(Tag.INTEGER, Tuples.tag(memory, node, 1));
            assertEquals(i, Tuples.payload(memory, node, 1));
            node = Tuples.payload(memory, node, 2);
        }
        assertEquals(first, node, "the ring closes on its first node");
    }

    @Test
    void cyclicGraphSurvivesAndGarbageIsReclaimed() {
        try (CompactHeap heap = heap(4 * MB, true); Mutator m = heap.attach()) {
            Frame frame = new Frame(3);
            heap.addRoots(frame);
            buildRing(m, frame, 500);
            Frame garbage = new Frame(1);
            var registration = heap.addRoots(garbage);
            garbage.setRef(0, Texts.allocate(m, "unreachable soon"));
            long usedBefore = heap.stats().usedBytes();
            heap.collect();
            long usedAfter = heap.stats().usedBytes();
            checkRing(m.memory(), frame.payloads[0], 500);
            assertTrue(usedAfter < usedBefore / 2, "the garbage byte arrays are reclaimed: " + usedBefore + " -> " + usedAfter);
            registration.close();
            heap.collect();
            assertTrue(heap.stats().usedBytes() < usedAfter, "a dropped root source frees its object");
            checkRing(m.memory(), frame.payloads[0], 500);
            frame.clear(0);
            heap.collect();
            assertEquals(0, heap.stats().usedBytes(), "nothing survives once the last root is gone");
            assertEquals(3, heap.stats().collections());
        }
    }

    @Test
    void survivorsAreByteForByteIdenticalAfterMoving() {
        try (CompactHeap heap = heap(MB, true); Mutator m = heap.attach()) {
            Frame frame = new Frame(4);
            heap.addRoots(frame);
            ByteArrays.allocate(m, 5000); // garbage in front, so every survivor moves
            byte[] data = new byte[3001];
            new java.util.Random(7).nextBytes(data);
            frame.setRef(0, ByteArrays.allocate(m, data));
            frame.setRef(1, Texts.allocate(m, "Grüße, 世界"));
            long before0 = frame.payloads[0];
            heap.collect();
            assertTrue(frame.payloads[0] < before0, "the object moved down");
            assertArrayEquals(data, ByteArrays.toByteArray(m.memory(), frame.payloads[0]));
            assertEquals("Grüße, 世界", Texts.toJavaString(m.memory(), frame.payloads[1]));
        }
    }

    @Test
    void movingUpdatesEveryKindOfReference() {
        try (CompactHeap heap = heap(MB, true); Mutator m = heap.attach()) {
            HandleTable handles = new HandleTable();
            heap.addRoots(handles);
            Frame frame = new Frame(2);
            heap.addRoots(frame);
            ByteArrays.allocate(m, 10_000);
            long shared = Texts.allocate(m, "shared");
            int handle = handles.create(shared);
            int local = m.pushLocal(handles.get(handle));
            frame.setRef(0, handles.get(handle));
            long holder = Tuples.allocate(m, 2);
            Tuples.initialize(m, holder, 0, Tag.REF, handles.get(handle));
            Tuples.initialize(m, holder, 1, Tag.REF, holder); // a self reference
            frame.setRef(1, holder);
            heap.collect();
            long moved = handles.get(handle);
            assertNotEquals(shared, moved);
            assertEquals(moved, m.local(local));
            assertEquals(moved, frame.payloads[0]);
            long newHolder = frame.payloads[1];
            assertEquals(moved, Tuples.payload(m.memory(), newHolder, 0));
            assertEquals(newHolder, Tuples.payload(m.memory(), newHolder, 1));
            assertEquals("shared", Texts.toJavaString(m.memory(), moved));
        }
    }

    @Test
    void identityHashSurvivesMoves() {
        try (CompactHeap heap = heap(MB, false); Mutator m = heap.attach()) {
            ByteArrays.allocate(m, 1000);
            int local = m.pushLocal(Tuples.allocate(m, 2));
            int hash = Slots.identityHash(m.memory(), m.local(local));
            long before = m.local(local);
            heap.collect();
            assertNotEquals(before, m.local(local));
            assertEquals(hash, Slots.identityHash(m.memory(), m.local(local)));
        }
    }

    @Test
    void verifierCatchesACorruptedHeader() {
        try (CompactHeap heap = heap(MB, false); Mutator m = heap.attach()) {
            long tuple = Tuples.allocate(m, 2);
            m.pushLocal(tuple);
            m.memory().set(tuple + 1, 1L << 40); // a length running past the space
            HeapCorruptionError error = assertThrows(HeapCorruptionError.class, heap::verifyNow);
            assertTrue(error.getMessage().contains("invalid length"), error.getMessage());
        }
    }

    @Test
    void anObjectLargerThanTheHeapFailsCleanly() {
        try (CompactHeap heap = heap(MB, false); Mutator m = heap.attach()) {
            assertThrows(OutOfManagedMemory.class, () -> ByteArrays.allocate(m, 2 * MB));
            assertEquals(3, Texts.length(m.memory(), Texts.allocate(m, "yes")));
        }
    }

    @Test
    void wideGraphOverflowsTheMarkStackAndStillMarksEverything() {
        try (CompactHeap heap = heap(8 * MB, true); Mutator m = heap.attach()) {
            int array = m.pushLocal(m.allocateValues(Shapes.ARRAY, 20_000));
            for (int i = 0; i < 20_000; i++) {
                long box = Tuples.allocate(m, 1);
                Tuples.initialize(m, box, 0, Tag.INTEGER, i);
                m.store(m.local(array), i, Tag.REF, box);
                ByteArrays.allocate(m, 8); // interleaved garbage
            }
            heap.collect();
            HeapMemory memory = m.memory();
            for (int i = 0; i < 20_000; i++) {
                assertEquals(i, Tuples.payload(memory, Slots.payload(memory, m.local(array), i), 0));
            }
        }
    }

    @Test
    void deepChainIsTracedWithoutJvmRecursion() {
        try (CompactHeap heap = heap(16 * MB, false); Mutator m = heap.attach()) {
            int head = m.pushLocal(0);
            for (int i = 0; i < 200_000; i++) {
                long cell = Tuples.allocate(m, 2);
                Tuples.initialize(m, cell, 0, Tag.INTEGER, i);
                if (m.local(head) != 0) {
                    Tuples.initialize(m, cell, 1, Tag.REF, m.local(head));
                }
                m.setLocal(head, cell);
            }
            heap.collect();
            long cell = m.local(head);
            for (int i = 199_999; i >= 0; i--) {
                assertEquals(i, Tuples.payload(m.memory(), cell, 0));
                cell = Tuples.payload(m.memory(), cell, 1);
            }
        }
    }
}
