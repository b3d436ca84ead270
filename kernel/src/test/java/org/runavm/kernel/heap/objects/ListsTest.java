package org.runavm.kernel.heap.objects;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.heap.BumpOnlyMutator;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.value.Tag;

import static org.junit.jupiter.api.Assertions.*;

class ListsTest {
    private final BumpOnlyMutator mutator = new BumpOnlyMutator(100_000);
    private final HeapMemory memory = mutator.memory();

    @Test
    void addGrowsTheBackingArrayAndKeepsOrder() {
        long list = Lists.allocate(mutator, 0);
        for (int i = 0; i < 100; i++) {
            list = Lists.add(mutator, list, Tag.INTEGER, i * i);
        }
        assertEquals(100, Lists.size(memory, list));
        for (int i = 0; i < 100; i++) {
            assertEquals(Tag.INTEGER, Lists.tag(memory, list, i));
            assertEquals((long) i * i, Lists.payload(memory, list, i));
        }
    }

    @Test
    void insertRemoveAndSet() {
        long text = Texts.allocate(mutator, "x");
        long list = Lists.allocate(mutator, 2);
        list = Lists.add(mutator, list, Tag.INTEGER, 1);
        list = Lists.add(mutator, list, Tag.INTEGER, 3);
        list = Lists.insert(mutator, list, 1, Tag.REF, text);
        list = Lists.insert(mutator, list, 0, Tag.NULL, 0);
        assertEquals(4, Lists.size(memory, list));
        assertEquals(Tag.NULL, Lists.tag(memory, list, 0));
        assertEquals(text, Lists.payload(memory, list, 2));
        Lists.removeAt(mutator, list, 0);
        assertEquals(1, Lists.payload(memory, list, 0));
        assertEquals(Tag.REF, Lists.tag(memory, list, 1));
        Lists.set(mutator, list, 2, Tag.BOOLEAN, 1);
        assertEquals(Tag.BOOLEAN, Lists.tag(memory, list, 2));
        long finalList = list;
        assertThrows(IndexOutOfBoundsException.class, () -> Lists.payload(memory, finalList, 3));
        assertThrows(IndexOutOfBoundsException.class, () -> Lists.payload(memory, finalList, -1));
        Lists.clear(mutator, list);
        assertEquals(0, Lists.size(memory, list));
    }
}
