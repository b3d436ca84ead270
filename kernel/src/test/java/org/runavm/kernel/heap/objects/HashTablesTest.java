package org.runavm.kernel.heap.objects;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.heap.BumpOnlyMutator;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.*;

class HashTablesTest {
    private final BumpOnlyMutator mutator = new BumpOnlyMutator(1_000_000);
    private final HeapMemory memory = mutator.memory();

    @Test
    void iteratesInInsertionOrderAcrossGrowthAndRemoval() {
        long map = HashTables.allocateMap(mutator);
        for (int i = 0; i < 1000; i++) {
            map = HashTables.put(mutator, map, Tag.INTEGER, 1000 - i, Tag.INTEGER, i);
        }
        for (int i = 0; i < 1000; i += 2) {
            assertTrue(HashTables.remove(mutator, map, Tag.INTEGER, 1000 - i));
        }
        map = HashTables.put(mutator, map, Tag.INTEGER, 5000, Tag.INTEGER, -1);
        List<Long> keys = new ArrayList<>();
        for (long e = 0; e < HashTables.entryLimit(memory, map); e++) {
            if (HashTables.isLive(memory, map, e)) {
                keys.add(HashTables.keyPayload(memory, map, e));
            }
        }
        assertEquals(501, HashTables.count(memory, map));
        assertEquals(501, keys.size());
        assertEquals(999L, keys.get(0));
        assertEquals(1L, keys.get(499));
        assertEquals(5000L, keys.get(500));
    }

    @Test
    void integerAndIntegralDecimalAreOneKey() {
        long map = HashTables.allocateMap(mutator);
        map = HashTables.put(mutator, map, Tag.INTEGER, 1, Tag.INTEGER, 10);
        map = HashTables.put(mutator, map, Tag.DECIMAL, Values.decimalBits(1.0), Tag.INTEGER, 20);
        assertEquals(1, HashTables.count(memory, map));
        long entry = HashTables.find(memory, map, Tag.INTEGER, 1);
        assertEquals(20, HashTables.valuePayload(memory, map, entry));
        assertEquals(Tag.INTEGER, HashTables.keyTag(memory, map, entry), "the first key is kept");
        assertEquals(-1, HashTables.find(memory, map, Tag.DECIMAL, Values.decimalBits(1.5)));
    }

    @Test
    void textAndTupleKeysCompareByContent() {
        long map = HashTables.allocateMap(mutator);
        map = HashTables.put(mutator, map, Tag.REF, Texts.allocate(mutator, "key"), Tag.INTEGER, 1);
        long tuple = Tuples.allocate(mutator, 2);
        Tuples.initialize(mutator, tuple, 0, Tag.REF, Texts.allocate(mutator, "a"));
        Tuples.initialize(mutator, tuple, 1, Tag.INTEGER, 2);
        map = HashTables.put(mutator, map, Tag.REF, tuple, Tag.INTEGER, 2);
        long probe = Tuples.allocate(mutator, 2);
        Tuples.initialize(mutator, probe, 0, Tag.REF, Texts.allocate(mutator, "a"));
        Tuples.initialize(mutator, probe, 1, Tag.DECIMAL, Values.decimalBits(2.0));
        assertEquals(2, HashTables.valuePayload(memory, map, HashTables.find(memory, map, Tag.REF, probe)));
        assertEquals(1, HashTables.valuePayload(memory, map,
                HashTables.find(memory, map, Tag.REF, Texts.allocate(mutator, "key"))));
        assertEquals(-1, HashTables.find(memory, map, Tag.REF, Texts.allocate(mutator, "kez")));
        assertEquals(-1, HashTables.find(memory, map, Tag.NULL, 0));
    }

    @Test
    void otherObjectsAreKeysByIdentity() {
        long set = HashTables.allocateSet(mutator);
        long a = Instances.allocate(mutator, Tag.IMMEDIATE, 7, 0);
        long b = Instances.allocate(mutator, Tag.IMMEDIATE, 7, 0);
        set = HashTables.put(mutator, set, Tag.REF, a, Tag.EMPTY, 0);
        assertTrue(HashTables.find(memory, set, Tag.REF, a) >= 0);
        assertEquals(-1, HashTables.find(memory, set, Tag.REF, b));
    }

    @Test
    void listsMapsAndSetsAreNotHashable() {
        long map = HashTables.allocateMap(mutator);
        long list = Lists.allocate(mutator, 1);
        UnhashableKeyException e = assertThrows(UnhashableKeyException.class,
                () -> HashTables.put(mutator, map, Tag.REF, list, Tag.INTEGER, 1));
        assertEquals("a List cannot be used as a Map key or Set element", e.getMessage());
        assertThrows(UnhashableKeyException.class, () -> HashTables.find(memory, map, Tag.REF, map));
    }

    @Test
    void removeThenReinsertAppendsAtTheEnd() {
        long map = HashTables.allocateMap(mutator);
        map = HashTables.put(mutator, map, Tag.BOOLEAN, 1, Tag.INTEGER, 1);
        map = HashTables.put(mutator, map, Tag.NULL, 0, Tag.INTEGER, 2);
        assertTrue(HashTables.remove(mutator, map, Tag.BOOLEAN, 1));
        assertFalse(HashTables.remove(mutator, map, Tag.BOOLEAN, 1));
        map = HashTables.put(mutator, map, Tag.BOOLEAN, 1, Tag.INTEGER, 3);
        assertEquals(Tag.NULL, HashTables.keyTag(memory, map, 1));
        assertEquals(Tag.BOOLEAN, HashTables.keyTag(memory, map, 2));
        assertFalse(HashTables.isLive(memory, map, 0));
    }
}
