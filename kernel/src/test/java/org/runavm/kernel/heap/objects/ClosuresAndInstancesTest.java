package org.runavm.kernel.heap.objects;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.heap.BumpOnlyMutator;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.value.Tag;

import static org.junit.jupiter.api.Assertions.*;

class ClosuresAndInstancesTest {
    private final BumpOnlyMutator mutator = new BumpOnlyMutator(10_000);
    private final HeapMemory memory = mutator.memory();

    @Test
    void closuresShareUpvalueBoxes() {
        long box = Closures.allocateBox(mutator, Tag.INTEGER, 1);
        long f = Closures.allocate(mutator, Tag.IMMEDIATE, 3, 1);
        long g = Closures.allocate(mutator, Tag.IMMEDIATE, 4, 1);
        Closures.setUpvalue(mutator, f, 0, box);
        Closures.setUpvalue(mutator, g, 0, box);
        Closures.setBox(mutator, Closures.upvalue(memory, f, 0), Tag.INTEGER, 42);
        assertEquals(42, Closures.boxPayload(memory, Closures.upvalue(memory, g, 0)));
        assertEquals(3, Closures.functionPayload(memory, f));
        assertThrows(IndexOutOfBoundsException.class, () -> Closures.upvalue(memory, f, 1));
    }

    @Test
    void instanceFieldsFollowTheClassSlot() {
        long cls = Texts.allocate(mutator, "Person");
        long person = Instances.allocate(mutator, Tag.REF, cls, 2);
        Instances.setField(mutator, person, 0, Tag.REF, Texts.allocate(mutator, "Ann"));
        Instances.setField(mutator, person, 1, Tag.INTEGER, 30);
        assertEquals(cls, Instances.classPayload(memory, person));
        assertEquals(2, Instances.fieldCount(memory, person));
        assertEquals("Ann", Texts.toJavaString(memory, Instances.fieldPayload(memory, person, 0)));
        assertEquals(30, Instances.fieldPayload(memory, person, 1));
        assertThrows(IndexOutOfBoundsException.class, () -> Instances.fieldTag(memory, person, 2));
    }

    @Test
    void byteArraysRoundTrip() {
        byte[] data = {0, -1, 127, -128, 5, 6, 7, 8, 9};
        long array = ByteArrays.allocate(mutator, data);
        assertArrayEquals(data, ByteArrays.toByteArray(memory, array));
        ByteArrays.set(memory, array, 8, 200);
        assertEquals(200, ByteArrays.get(memory, array, 8));
        assertThrows(IndexOutOfBoundsException.class, () -> ByteArrays.get(memory, array, 9));
    }
}
