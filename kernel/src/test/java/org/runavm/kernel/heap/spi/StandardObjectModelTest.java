package org.runavm.kernel.heap.spi;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.heap.Header;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.value.Tag;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class StandardObjectModelTest {
    private final HeapMemory memory = new HeapMemory(1000);
    private final ObjectModel model = StandardObjectModel.INSTANCE;

    StandardObjectModelTest() {
        memory.commit(0, 1000);
    }

    @Test
    void visitsExactlyTheSlotsTaggedAsReferences() {
        long object = 100;
        memory.set(object, Header.status(Shapes.ARRAY, false));
        memory.set(object + 1, 19);
        int[] refs = {0, 7, 8, 9, 15, 18};
        for (int i = 0; i < 19; i++) {
            Slots.setRaw(memory, object, i, Tag.INTEGER, Tag.REF); // payloads that look like the REF tag value
        }
        for (int r : refs) {
            Slots.setRaw(memory, object, r, Tag.REF, 500 + r);
        }
        List<Long> visited = new ArrayList<>();
        model.scanReferenceSlots(memory, object, visited::add);
        List<Long> expected = new ArrayList<>();
        for (int r : refs) {
            expected.add(object + Header.WORDS + r);
        }
        assertEquals(expected, visited);
        assertNull(model.checkHeader(memory, object, 1000));
        assertEquals(Header.valueObjectWords(19), model.sizeInWords(memory, object));
    }

    @Test
    void byteObjectsAndFillersHaveNoReferences() {
        memory.set(10, Header.status(Shapes.BYTES, true));
        memory.set(11, 16);
        memory.set(12, -1L); // bytes that look like REF tags are still bytes
        memory.set(13, 0x0606060606060606L);
        List<Long> visited = new ArrayList<>();
        model.scanReferenceSlots(memory, 10, visited::add);
        assertTrue(visited.isEmpty());
        memory.set(20, Header.status(Shapes.FILLER_WORD, true));
        assertTrue(model.isFiller(memory, 20));
        assertEquals(1, model.sizeInWords(memory, 20));
    }

    @Test
    void checkHeaderReportsInvalidTags() {
        memory.set(30, Header.status(Shapes.TUPLE, false));
        memory.set(31, 2);
        memory.set(34, 0x2A03L); // slot 1 has tag 42
        assertEquals("invalid tag 42 in slot 1 of object 30", model.checkHeader(memory, 30, 1000));
        memory.set(40, 0);
        assertEquals("no object header (shape 0) at 40", model.checkHeader(memory, 40, 1000));
    }
}
