package org.runavm.gc.toolkit;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.heap.Header;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.heap.spi.StandardObjectModel;
import org.runavm.kernel.value.Tag;

import static org.junit.jupiter.api.Assertions.*;

class SlidingCompactorTest {
    private final HeapMemory memory = new HeapMemory(10_000);
    private final BumpSpace space = new BumpSpace(memory, 64, 10_000);
    private final MarkBitmap bitmap = new MarkBitmap(64, 10_000 - 64);

    private long tuple(long slots) {
        long object = space.allocate(Header.valueObjectWords(slots));
        memory.set(object, Header.status(Shapes.TUPLE, false));
        memory.set(object + 1, slots);
        return object;
    }

    @Test
    void slidesLiveObjectsDownAndRewritesEveryReference() {
        long dead1 = tuple(5);
        long a = tuple(2);
        long dead2 = tuple(100);
        long b = tuple(1);
        Slots.setRaw(memory, a, 0, Tag.REF, b);
        Slots.setRaw(memory, a, 1, Tag.INTEGER, 77);
        Slots.setRaw(memory, b, 0, Tag.REF, a);
        Slots.setRaw(memory, dead1, 0, Tag.REF, a);
        long[] root = {b};
        Tracer tracer = new Tracer(memory, StandardObjectModel.INSTANCE, bitmap, new MarkStack(2));
        tracer.begin(64, space.top());
        tracer.visitReferences(root, 0, 1);
        tracer.drain();
        assertEquals(Header.valueObjectWords(2) + Header.valueObjectWords(1), tracer.markedWords());
        assertFalse(bitmap.isMarked(dead1));
        assertFalse(bitmap.isMarked(dead2));
        SlidingCompactor compactor = new SlidingCompactor(memory, StandardObjectModel.INSTANCE, bitmap, 10_000);
        long newTop = compactor.computeForwarding(64, space.top());
        assertEquals(64 + tracer.markedWords(), newTop);
        compactor.forwarder().visitReferences(root, 0, 1);
        compactor.updateHeapReferences();
        compactor.slide();
        long newA = 64;
        long newB = 64 + Header.valueObjectWords(2);
        assertEquals(newB, root[0]);
        assertEquals(newB, Slots.payload(memory, newA, 0));
        assertEquals(newA, Slots.payload(memory, newB, 0));
        assertEquals(77, Slots.payload(memory, newA, 1));
        assertEquals(Tag.INTEGER, Slots.tag(memory, newA, 1));
    }

    @Test
    void compactsARangeFarUpAHeapWhoseTablesGrowToIt() {
        long capacity = 1L << 22;
        HeapMemory big = new HeapMemory(capacity);
        long start = 1L << 21; // a space in the upper half, as the large-object space is
        BumpSpace upper = new BumpSpace(big, start, capacity);
        MarkBitmap wide = new MarkBitmap(64, capacity - 64);
        long dead = upper.allocate(Header.valueObjectWords(3));
        big.set(dead, Header.status(Shapes.TUPLE, false));
        big.set(dead + 1, 3);
        long live = upper.allocate(Header.valueObjectWords(1));
        big.set(live, Header.status(Shapes.TUPLE, false));
        big.set(live + 1, 1);
        Slots.setRaw(big, live, 0, Tag.INTEGER, 42);
        long[] root = {live};
        Tracer tracer = new Tracer(big, StandardObjectModel.INSTANCE, wide, new MarkStack(2));
        tracer.begin(start, upper.top());
        tracer.visitReferences(root, 0, 1);
        tracer.drain();
        SlidingCompactor compactor = new SlidingCompactor(big, StandardObjectModel.INSTANCE, wide, capacity - 64);
        assertEquals(start + Header.valueObjectWords(1), compactor.computeForwarding(start, upper.top()));
        compactor.forwarder().visitReferences(root, 0, 1);
        compactor.slide();
        assertEquals(start, root[0]);
        assertEquals(42, Slots.payload(big, start, 0));
    }
}
