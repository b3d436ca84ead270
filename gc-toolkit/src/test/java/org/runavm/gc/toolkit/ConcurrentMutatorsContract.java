package org.runavm.gc.toolkit;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.heap.Heap;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.objects.ByteArrays;
import org.runavm.kernel.heap.objects.Lists;
import org.runavm.kernel.heap.objects.Texts;
import org.runavm.kernel.value.Tag;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.Function;

import static org.junit.jupiter.api.Assertions.*;

/**
 * Several mutator threads share one heap of the plan under test: collections triggered by any of them
 * (allocation failures and explicit requests) keep every thread's objects intact. Kept apart from
 * {@link PlanHeapContract} so that it runs in its own test class, as each plan ran it before. Each plan
 * runs it through one subclass that passes its heap constructor.
 */
public abstract class ConcurrentMutatorsContract {
    private static final int THREADS = 4;
    private static final int ELEMENTS = 200;

    private final Function<HeapConfig, ? extends PlanHeap> heaps;

    protected ConcurrentMutatorsContract(Function<HeapConfig, ? extends PlanHeap> heaps) {
        this.heaps = heaps;
    }

    @Test
    void collectionsTriggeredByAnyThreadKeepEveryThreadsObjectsIntact() throws Exception {
        HeapConfig config = HeapConfig.ofMaxBytes(2 * 1024 * 1024).withVerify(true);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        try (PlanHeap heap = heaps.apply(config)) {
            List<Thread> threads = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int id = t;
                Thread thread = new Thread(() -> {
                    try (Mutator m = heap.attach()) {
                        work(heap, m, id);
                    } catch (Throwable e) {
                        failures.add(e);
                    }
                }, "mutator-" + t);
                threads.add(thread);
                thread.start();
            }
            for (Thread thread : threads) {
                thread.join();
            }
            assertTrue(failures.isEmpty(), () -> "failures: " + failures);
            // 4 threads x 400 x 4 KiB of garbage through a 2 MiB heap forces at least three collections
            // whatever the interleaving (concurrent requests may be served by one collection)
            assertTrue(heap.stats().collections() >= 3, "collections: " + heap.stats().collections());
        }
    }

    private static void work(Heap heap, Mutator m, int id) {
        Frame frame = new Frame(1);
        var registration = heap.addRoots(frame);
        frame.setRef(0, Lists.allocate(m, 0));
        for (int i = 0; i < ELEMENTS; i++) {
            long text = Texts.allocate(m, "thread " + id + " element " + i);
            frame.payloads[0] = Lists.add(m, frame.payloads[0], Tag.REF, text);
        }
        for (int round = 0; round < 400; round++) {
            ByteArrays.allocate(m, 4096); // garbage: fills the heap, so every thread triggers collections
            m.poll();
            if (id == 0 && round % 100 == 0) {
                heap.collect(); // an explicit request from one thread while the others allocate
            }
            if (round % 50 == 0) {
                checkElements(m.memory(), frame.payloads[0], id);
            }
        }
        checkElements(m.memory(), frame.payloads[0], id);
        registration.close();
    }

    private static void checkElements(HeapMemory memory, long list, int id) {
        assertEquals(ELEMENTS, Lists.size(memory, list));
        for (int i = 0; i < ELEMENTS; i++) {
            assertEquals("thread " + id + " element " + i, Texts.toJavaString(memory, Lists.payload(memory, list, i)));
        }
    }
}
