package org.runavm.gc.toolkit;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.heap.HandleTable;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.HeapStats;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.OutOfManagedMemory;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.objects.ByteArrays;
import org.runavm.kernel.heap.objects.HashTables;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.heap.objects.Texts;
import org.runavm.kernel.heap.objects.Tuples;
import org.runavm.kernel.heap.spi.Collector;
import org.runavm.kernel.value.Tag;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

import static org.junit.jupiter.api.Assertions.*;

/**
 * What every collector plan built on {@link PlanHeap} must do, whatever its spaces: attach each thread
 * once, refuse a closed mutator and a closed heap, fail an allocation
 * bomb with {@link OutOfManagedMemory} within the exact limit and recover, keep the JVM heap bounded,
 * survive stress mode, report exactly the live objects, and let the verifier catch corruption.
 *
 * <p>Each plan runs it through one concrete subclass whose constructor passes a {@link Plan}: how to build
 * its heap and collector and what its sizes allow. Shipped in gc-toolkit's {@code contract-tests} jar;
 * {@link ConcurrentMutatorsContract} is its multi-threaded companion.
 */
public abstract class PlanHeapContract {
    protected static final long MB = 1024 * 1024;

    /**
     * The plan under test and what its sizes allow.
     *
     * @param heaps creates a heap of the plan
     * @param collectors creates the plan's collector service
     * @param committedSlackBytes how far committed memory may run past the maximum (rounding to whole chunks)
     * @param minimumBombSurvivors how many 4 KiB arrays at least an allocation bomb in 16 MiB must keep
     * @param stressRounds how many list and map entries the stress-mode test adds
     * @param stressCollected checks that stress mode collected as often as the plan promises
     */
    public record Plan(Function<HeapConfig, ? extends PlanHeap> heaps, Supplier<? extends Collector> collectors,
                          long committedSlackBytes, long minimumBombSurvivors, int stressRounds,
                          Consumer<HeapStats> stressCollected) {
    }

    private final Plan plan;

    protected PlanHeapContract(Plan plan) {
        this.plan = plan;
    }

    private PlanHeap newHeap(HeapConfig config) {
        return plan.heaps().apply(config);
    }

    private Collector newCollector() {
        return plan.collectors().get();
    }

    private PlanHeap heap(long bytes, boolean verify) {
        return newHeap(HeapConfig.ofMaxBytes(bytes).withVerify(verify));
    }

    @Test
    void everyCollectionIsToldToItsListenersOnceTheWorldRunsAgain() {
        try (PlanHeap heap = heap(4 * MB, false); Mutator m = heap.attach()) {
            java.util.List<org.runavm.kernel.heap.CollectionEvent> events = new java.util.ArrayList<>();
            heap.addCollectionListener(event -> {
                // told outside the stop of the world: the listener's thread may use the heap again
                assertDoesNotThrow(() -> heap.stats());
                events.add(event);
            });
            for (int i = 0; i < 200; i++) {
                ByteArrays.allocate(m, 4096); // garbage
            }
            int before = events.size();
            long usedBefore = heap.stats().usedBytes();
            heap.collect();
            java.util.List<org.runavm.kernel.heap.CollectionEvent> ofCollect = events.subList(before, events.size());
            org.runavm.kernel.heap.CollectionEvent full = ofCollect.stream()
                    .filter(org.runavm.kernel.heap.CollectionEvent::full).findFirst()
                    .orElseThrow(() -> new AssertionError("collect() collects the whole heap: " + ofCollect));
            org.runavm.kernel.heap.CollectionEvent last = events.get(events.size() - 1);
            assertEquals(heap.stats().collections(), last.number(), "numbered like the heap's count");
            assertEquals(heap.collectorName(), full.collector());
            assertTrue(full.usedBytesBefore() <= usedBefore, full.toString());
            assertTrue(last.usedBytesAfter() < 200 * 4096, "the garbage is gone: " + last);
            assertEquals(4 * MB, full.maxBytes());
            assertTrue(full.pauseNanos() > 0);
            for (int i = 1; i < events.size(); i++) {
                assertEquals(events.get(i - 1).number() + 1, events.get(i).number());
            }
            assertTrue(full.logLine().matches("\\[gc\\] #\\d+ full \\(" + heap.collectorName()
                    + "\\): \\d+\\.\\dM -> \\d+\\.\\dM of 4\\.0M, \\d+\\.\\d\\d ms"), full.logLine());
        }
    }

    @Test
    void aThreadAttachesOnce() {
        try (Heap heap = newCollector().createHeap(HeapConfig.ofMaxBytes(MB))) {
            var m = heap.attach();
            IllegalStateException e = assertThrows(IllegalStateException.class, heap::attach);
            assertTrue(e.getMessage().endsWith("is already attached"));
            m.close();
            heap.attach().close();
        }
    }

    @Test
    void aClosedMutatorCannotAllocateAndAClosedHeapCannotBeAttached() {
        Heap heap = newCollector().createHeap(HeapConfig.ofMaxBytes(MB));
        Mutator m = heap.attach();
        Texts.allocate(m, "before closing");
        m.close();
        m.close(); // closing twice is harmless
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> Texts.allocate(m, "after"));
        assertEquals("mutator is closed", e.getMessage());
        heap.close();
        e = assertThrows(IllegalStateException.class, heap::attach);
        assertEquals("heap is closed", e.getMessage());
    }

    @Test
    void inspectorRejectsAForeignHeap() {
        Collector collector = newCollector();
        Heap foreign = (Heap) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {Heap.class}, (proxy, method, args) -> "other");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> collector.inspector(foreign));
        assertEquals("not a heap of the " + collector.name() + " collector: other", e.getMessage());
    }

    @Test
    void verifierCatchesACorruptedReference() {
        try (PlanHeap heap = heap(MB, false); Mutator m = heap.attach()) {
            int local = m.pushLocal(Tuples.allocate(m, 2));
            long text = Texts.allocate(m, "target text");
            Tuples.initialize(m, m.local(local), 1, Tag.REF, text);
            heap.verifyNow(); // a sound heap passes
            Slots.setRaw(m.memory(), m.local(local), 1, Tag.REF, text + 1); // points into the middle of the Text
            HeapCorruptionError error = assertThrows(HeapCorruptionError.class, heap::verifyNow);
            assertTrue(error.getMessage().contains("slot 1 of Tuple at " + m.local(local) + " refers to " + (text + 1)
                    + ", which is not an object"), error.getMessage());
            Slots.setRaw(m.memory(), m.local(local), 1, Tag.INTEGER, text + 1);
            m.setLocal(local, text + 1);
            error = assertThrows(HeapCorruptionError.class, heap::verifyNow);
            assertTrue(error.getMessage().contains("root reference 0"), error.getMessage());
        }
    }

    @Test
    void verifierForgetsTheObjectsAnEarlierCheckSaw() {
        try (PlanHeap heap = heap(MB, false); Mutator m = heap.attach()) {
            int local = m.pushLocal(Tuples.allocate(m, 2));
            long garbage = Texts.allocate(m, "unreachable once checked");
            heap.verifyNow(); // the verifier's reused bitmap records the Text as an object
            heap.collect(); // which frees it
            Slots.setRaw(m.memory(), m.local(local), 1, Tag.REF, garbage);
            HeapCorruptionError error = assertThrows(HeapCorruptionError.class, heap::verifyNow);
            assertTrue(error.getMessage().contains("refers to " + garbage + ", which is not an object"), error.getMessage());
        }
    }

    @Test
    void allocationBombThrowsAndTheHeapRecoversAfterRootsAreDropped() {
        try (PlanHeap heap = heap(16 * MB, false); Mutator m = heap.attach()) {
            HandleTable handles = new HandleTable();
            heap.addRoots(handles);
            int list = handles.create(Lists.allocate(m, 16));
            OutOfManagedMemory oom = assertThrows(OutOfManagedMemory.class, () -> {
                while (true) {
                    long chunk = ByteArrays.allocate(m, 4096);
                    handles.set(list, Lists.add(m, handles.get(list), Tag.REF, chunk));
                }
            });
            assertEquals(16 * MB, oom.maxBytes());
            assertTrue(oom.getMessage().startsWith("managed heap exhausted: cannot allocate "), oom.getMessage());
            assertTrue(heap.stats().usedBytes() <= 16 * MB);
            assertTrue(heap.stats().committedBytes() <= 16 * MB + plan.committedSlackBytes(),
                    "committed " + heap.stats().committedBytes());
            long survivors = Lists.size(m.memory(), handles.get(list));
            assertTrue(survivors > plan.minimumBombSurvivors(), "most of the heap was usable: " + survivors + " arrays of 4 KiB");
            handles.release(list);
            long again = ByteArrays.allocate(m, 8 * MB);
            assertEquals(8 * MB, ByteArrays.length(m.memory(), again));
        }
    }

    @Test
    void hundredExhaustedHeapsKeepTheJvmHeapBounded() {
        Runtime runtime = Runtime.getRuntime();
        long baseline = settledUsedMemory(runtime);
        for (int i = 0; i < 100; i++) {
            try (PlanHeap heap = heap(16 * MB, false); Mutator m = heap.attach()) {
                int head = m.pushLocal(0);
                assertThrows(OutOfManagedMemory.class, () -> {
                    while (true) {
                        int payload = m.pushLocal(ByteArrays.allocate(m, 60_000));
                        long cell = Tuples.allocate(m, 2);
                        Tuples.initialize(m, cell, 0, Tag.REF, m.local(payload));
                        m.popLocals(payload);
                        if (m.local(head) != 0) {
                            Tuples.initialize(m, cell, 1, Tag.REF, m.local(head));
                        }
                        m.setLocal(head, cell);
                    }
                });
                assertTrue(heap.stats().committedBytes() <= 16 * MB + plan.committedSlackBytes(),
                        "committed " + heap.stats().committedBytes());
            }
        }
        long after = settledUsedMemory(runtime);
        assertTrue(after - baseline < 64 * MB, "JVM heap grew by " + (after - baseline) / MB + " MB after 100 heaps");
    }

    private static long settledUsedMemory(Runtime runtime) {
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            used = Math.min(used, runtime.totalMemory() - runtime.freeMemory());
        }
        return used;
    }

    @Test
    void stressModeCollectsAtEveryAllocationAndLayoutsKeepTheirRoots() {
        HeapConfig config = HeapConfig.ofMaxBytes(MB).withStress(true).withVerify(true);
        int rounds = plan.stressRounds();
        try (PlanHeap heap = newHeap(config); Mutator m = heap.attach()) {
            int list = m.pushLocal(Lists.allocate(m, 0));
            int map = m.pushLocal(HashTables.allocateMap(m));
            for (int i = 0; i < rounds; i++) {
                long text = Texts.allocate(m, "v" + i);
                m.setLocal(list, Lists.add(m, m.local(list), Tag.REF, text));
                int key = m.pushLocal(Texts.allocate(m, "k" + i));
                long value = Texts.allocate(m, "value " + i);
                m.setLocal(map, HashTables.put(m, m.local(map), Tag.REF, m.local(key), Tag.REF, value));
                m.popLocals(key);
            }
            HeapMemory memory = m.memory();
            for (int i = 0; i < rounds; i++) {
                assertEquals("v" + i, Texts.toJavaString(memory, Lists.payload(memory, m.local(list), i)));
                long entry = HashTables.find(memory, m.local(map), Tag.REF, Texts.allocate(m, "k" + i));
                assertEquals("value " + i, Texts.toJavaString(memory, HashTables.valuePayload(memory, m.local(map), entry)));
            }
            plan.stressCollected().accept(heap.stats());
        }
    }

    @Test
    void inspectorVisitsExactlyTheLiveObjects() {
        try (PlanHeap heap = heap(MB, false); Mutator m = heap.attach()) {
            int list = m.pushLocal(Lists.allocate(m, 4));
            for (int i = 0; i < 10; i++) {
                Texts.allocate(m, "garbage " + i);
                m.setLocal(list, Lists.add(m, m.local(list), Tag.REF, Texts.allocate(m, "live " + i)));
            }
            Map<String, Integer> counts = new HashMap<>();
            long[] bytes = {0};
            newCollector().inspector(heap).walkLiveObjects((address, shape, size) -> {
                counts.merge(Shapes.name(shape), 1, Integer::sum);
                bytes[0] += size;
            });
            assertEquals(Map.of("List", 1, "Array", 1, "Text", 10), counts);
            assertEquals(heap.stats().usedBytes(), bytes[0]);
        }
    }
}
