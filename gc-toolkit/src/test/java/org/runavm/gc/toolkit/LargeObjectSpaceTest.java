package org.runavm.gc.toolkit;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.spi.StandardObjectModel;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class LargeObjectSpaceTest {
    private final HeapMemory memory = new HeapMemory(100_000);
    private final LargeObjectSpace space = new LargeObjectSpace(memory, 1000, 100_000);

    private long allocate(long words) {
        long object = space.allocate(words);
        Fillers.fill(memory, object, object + words); // stands in for a real header: a walkable object
        return object;
    }

    @Test
    void freedBlocksAreReusedCoalescedAndTheExtentShrinks() {
        long a = allocate(1000);
        long b = allocate(2000);
        long c = allocate(3000);
        assertEquals(6000, space.extentWords());
        space.sweep(o -> o == c); // a and b die and coalesce into one 3000-word block
        assertEquals(6000, space.extentWords(), "free blocks in the middle still count");
        assertEquals(0, space.growthFor(2500));
        long d = allocate(2500);
        assertEquals(a, d, "first fit reuses the coalesced block");
        space.sweep(o -> o == d);
        assertEquals(2500, space.extentWords(), "freeing the last object shrinks the extent");
        assertTrue(b > a);
    }

    @Test
    void theExtentStaysWalkable() {
        allocate(100);
        long b = allocate(200);
        allocate(300);
        space.sweep(o -> o != b);
        List<Long> walked = new ArrayList<>();
        for (long o = 1000; o < space.extentEnd(); o += StandardObjectModel.INSTANCE.sizeInWords(memory, o)) {
            walked.add(o);
        }
        assertEquals(List.of(1000L, 1100L, 1300L), walked);
    }

    @Test
    void exhaustionReturnsMinusOne() {
        assertEquals(-1, space.allocate(100_000));
    }
}
