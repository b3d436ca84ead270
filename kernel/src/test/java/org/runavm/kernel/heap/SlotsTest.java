package org.runavm.kernel.heap;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.value.Tag;

import static org.junit.jupiter.api.Assertions.*;

class SlotsTest {
    private final HeapMemory memory = new HeapMemory(1024);

    SlotsTest() {
        memory.commit(0, 1024);
    }

    @Test
    void valueSlotsKeepTagsPackedBesidePayloads() {
        long object = 10;
        memory.set(object, Header.status(Shapes.TUPLE, false));
        memory.set(object + 1, 11);
        for (int i = 0; i < 11; i++) {
            Slots.setRaw(memory, object, i, i % 2 == 0 ? Tag.INTEGER : Tag.REF, 100 + i);
        }
        Slots.setRaw(memory, object, 4, Tag.BOOLEAN, 1);
        assertEquals(Header.valueObjectWords(11), Header.objectWords(memory, object));
        assertEquals(2 + 11 + 2, Header.objectWords(memory, object));
        for (int i = 0; i < 11; i++) {
            byte expected = i == 4 ? Tag.BOOLEAN : i % 2 == 0 ? Tag.INTEGER : Tag.REF;
            assertEquals(expected, Slots.tag(memory, object, i), "tag of slot " + i);
            assertEquals(i == 4 ? 1 : 100 + i, Slots.payload(memory, object, i));
        }
        assertEquals(Shapes.TUPLE, Slots.shape(memory, object));
    }

    @Test
    void settingAllSlotsAtOnceWritesWholeTagWordsOverWhateverWasThere() {
        long object = 100;
        memory.set(object, Header.status(Shapes.TUPLE, false));
        memory.set(object + 1, 10);
        memory.set(object + 2 + 10, -1L); // stale bits where the tag words go
        memory.set(object + 2 + 11, -1L);
        byte[] tags = new byte[13];
        long[] payloads = new long[13];
        for (int i = 0; i < 10; i++) {
            tags[3 + i] = i % 3 == 0 ? Tag.REF : i % 3 == 1 ? Tag.INTEGER : Tag.NULL;
            payloads[3 + i] = 1000 + i;
        }
        Slots.setAllRaw(memory, object, tags, payloads, 3);
        for (int i = 0; i < 10; i++) {
            assertEquals(tags[3 + i], Slots.tag(memory, object, i), "tag of slot " + i);
            assertEquals(1000 + i, Slots.payload(memory, object, i), "payload of slot " + i);
        }
        assertEquals(0, memory.get(object + 2 + 11) >>> 16, "the unused tag bytes of the last word are zero");
    }

    @Test
    void bytesAndIntsAreLittleEndianInWords() {
        long object = 20;
        memory.set(object, Header.status(Shapes.BYTES, true));
        memory.set(object + 1, 12);
        for (int i = 0; i < 12; i++) {
            Slots.setByte(memory, object, i, 250 + i);
        }
        assertEquals(250, Slots.getByte(memory, object, 0));
        assertEquals((255 + 6) & 0xFF, Slots.getByte(memory, object, 11));
        assertEquals(0xFAL | 0xFBL << 8, memory.get(object + 2) & 0xFFFF);
        Slots.setInt(memory, object, 1, -2);
        assertEquals(-2, Slots.getInt(memory, object, 1));
        assertEquals(250, Slots.getByte(memory, object, 0), "neighbouring int untouched");
        assertEquals(4, Header.objectWords(memory, object));
    }

    @Test
    void identityHashIsStableNonZeroAndKeepsTheRestOfTheHeader() {
        long object = 40;
        memory.set(object, Header.withAge(Header.status(Shapes.INSTANCE, false), 3));
        memory.set(object + 1, 0);
        int hash = Slots.identityHash(memory, object);
        assertNotEquals(0, hash);
        assertEquals(hash, Slots.identityHash(memory, object));
        assertEquals(Shapes.INSTANCE, Slots.shape(memory, object));
        assertEquals(3, Header.age(memory.get(object)));
        memory.copy(object, 30, 2);
        assertEquals(hash, Slots.identityHash(memory, 30), "the hash moves with the object");
    }
}
