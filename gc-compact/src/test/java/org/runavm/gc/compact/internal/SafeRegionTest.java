package org.runavm.gc.compact.internal;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.heap.HeapConfig;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.objects.ByteArrays;
import org.runavm.kernel.heap.objects.Texts;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;

import static org.junit.jupiter.api.Assertions.*;

class SafeRegionTest {
    @Test
    void aBlockedThreadInASafeRegionLetsOthersCollectAndSeesItsObjectsMoved() throws Exception {
        try (CompactHeap heap = new CompactHeap(HeapConfig.ofMaxBytes(1 << 20).withVerify(true))) {
            CountDownLatch parked = new CountDownLatch(1);
            CountDownLatch wake = new CountDownLatch(1);
            AtomicReference<String> seen = new AtomicReference<>();
            long[] before = new long[1];
            Thread sleeper = new Thread(() -> {
                try (Mutator m = heap.attach()) {
                    ByteArrays.allocate(m, 10_000); // garbage below, so the text will move
                    int local = m.pushLocal(Texts.allocate(m, "kept across the wait"));
                    before[0] = m.local(local);
                    m.enterSafeRegion();
                    parked.countDown();
                    wake.await(); // blocked outside the VM, e.g. on I/O
                    m.leaveSafeRegion();
                    seen.set(Texts.toJavaString(m.memory(), m.local(local)) + (m.local(local) < before[0] ? " (moved)" : ""));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            sleeper.start();
            parked.await();
            try (Mutator m = heap.attach()) {
                heap.collect(); // must not wait for the parked thread
            }
            wake.countDown();
            sleeper.join();
            assertEquals("kept across the wait (moved)", seen.get());
        }
    }

    @Test
    void aThreadThatOnlyPollsIsStoppedForACollection() throws Exception {
        try (CompactHeap heap = new CompactHeap(HeapConfig.ofMaxBytes(1 << 20))) {
            AtomicBoolean stop = new AtomicBoolean();
            CountDownLatch attached = new CountDownLatch(1);
            Thread spinner = new Thread(() -> {
                try (Mutator m = heap.attach()) {
                    attached.countDown();
                    while (!stop.get()) {
                        m.poll(); // a loop back-edge in compiled Runa code
                    }
                }
            });
            spinner.start();
            attached.await();
            for (int i = 0; i < 20; i++) {
                heap.collect();
            }
            stop.set(true);
            spinner.join();
            assertEquals(20, heap.stats().collections());
        }
    }
}
