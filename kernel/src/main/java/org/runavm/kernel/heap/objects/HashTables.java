package org.runavm.kernel.heap.objects;

import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.value.Tag;

/**
 * Maps and Sets as insertion-ordered hash tables, laid out like CPython's compact dict: a dense
 * {@link Shapes#ARRAY} of entries (key, value, hash; three slots each) in insertion order, and a sparse
 * open-addressing index ({@link Shapes#HASH_INDEX}: 32-bit entry numbers, -1 empty, -2 deleted) with at
 * least twice as many buckets as entries. Iteration walks the entries, so order is insertion order;
 * removal empties the entry in place and growth squeezes removed entries out.
 *
 * <p>Table object slots: 0 live count, 1 used entries (live and removed), 2 entries, 3 index. A Set has the
 * same layout with empty values.
 */
public final class HashTables {
    private static final int COUNT = 0;
    private static final int USED = 1;
    private static final int ENTRIES = 2;
    private static final int INDEX = 3;
    private static final int EMPTY_BUCKET = -1;
    private static final int DELETED_BUCKET = -2;

    private HashTables() {
    }

    /** Allocates an empty Map. A safepoint. */
    public static long allocateMap(Mutator mutator) {
        return allocate(mutator, Shapes.MAP, 8);
    }

    /** Allocates an empty Set. A safepoint. */
    public static long allocateSet(Mutator mutator) {
        return allocate(mutator, Shapes.SET, 8);
    }

    private static long allocate(Mutator mutator, int shape, int capacity) {
        int mark = mutator.localsMark();
        int entries = mutator.pushLocal(mutator.allocateValues(Shapes.ARRAY, 3L * capacity));
        int index = mutator.pushLocal(allocateIndex(mutator, 2 * capacity));
        long table = mutator.allocateValues(shape, 4);
        mutator.store(table, COUNT, Tag.INTEGER, 0);
        mutator.store(table, USED, Tag.INTEGER, 0);
        mutator.store(table, ENTRIES, Tag.REF, mutator.local(entries));
        mutator.store(table, INDEX, Tag.REF, mutator.local(index));
        mutator.popLocals(mark);
        return table;
    }

    private static long allocateIndex(Mutator mutator, int buckets) {
        long index = mutator.allocateBytes(Shapes.HASH_INDEX, 4L * buckets);
        mutator.memory().fill(index + 2, index + 2 + buckets / 2, -1L); // every bucket EMPTY_BUCKET
        return index;
    }

    /** The number of entries. */
    public static long count(HeapMemory memory, long table) {
        return Slots.payload(memory, table, COUNT);
    }

    /** One past the last entry number, for iteration with {@link #isLive}. */
    public static long entryLimit(HeapMemory memory, long table) {
        return Slots.payload(memory, table, USED);
    }

    /** Whether entry {@code entry} holds a key (it was not removed). */
    public static boolean isLive(HeapMemory memory, long table, long entry) {
        return Slots.tag(memory, entries(memory, table), 3 * entry) != Tag.EMPTY;
    }

    public static byte keyTag(HeapMemory memory, long table, long entry) {
        return Slots.tag(memory, entries(memory, table), 3 * entry);
    }

    public static long keyPayload(HeapMemory memory, long table, long entry) {
        return Slots.payload(memory, entries(memory, table), 3 * entry);
    }

    public static byte valueTag(HeapMemory memory, long table, long entry) {
        return Slots.tag(memory, entries(memory, table), 3 * entry + 1);
    }

    public static long valuePayload(HeapMemory memory, long table, long entry) {
        return Slots.payload(memory, entries(memory, table), 3 * entry + 1);
    }

    /** The entry number of {@code key}, or -1. @throws UnhashableKeyException for a List, Map, Set or Bytes key */
    public static long find(HeapMemory memory, long table, byte keyTag, long key) {
        long bucket = findBucket(memory, table, keyTag, key, Keys.hash(memory, keyTag, key));
        return bucket < 0 ? -1 : Slots.getInt(memory, index(memory, table), bucket);
    }

    private static long findBucket(HeapMemory memory, long table, byte keyTag, long key, int hash) {
        long index = index(memory, table);
        long entries = entries(memory, table);
        long mask = Slots.length(memory, index) / 4 - 1;
        for (long bucket = hash & mask; ; bucket = (bucket + 1) & mask) {
            int entry = Slots.getInt(memory, index, bucket);
            if (entry == EMPTY_BUCKET) {
                return -1;
            }
            if (entry >= 0 && (int) Slots.payload(memory, entries, 3L * entry + 2) == hash
                    && Keys.equal(memory, Slots.tag(memory, entries, 3L * entry),
                    Slots.payload(memory, entries, 3L * entry), keyTag, key)) {
                return bucket;
            }
        }
    }

    /**
     * Associates {@code key} with a value (a Set passes {@link Tag#EMPTY}); returns the table's address.
     * A safepoint when the table grows.
     */
    public static long put(Mutator mutator, long table, byte keyTag, long key, byte valueTag, long value) {
        HeapMemory memory = mutator.memory();
        int hash = Keys.hash(memory, keyTag, key);
        long bucket = findBucket(memory, table, keyTag, key, hash);
        if (bucket >= 0) {
            long entry = Slots.getInt(memory, index(memory, table), bucket);
            mutator.store(entries(memory, table), 3 * entry + 1, valueTag, value);
            return table;
        }
        long used = entryLimit(memory, table);
        if (used == Slots.length(memory, entries(memory, table)) / 3) {
            int mark = mutator.localsMark();
            int keyRoot = mutator.pushLocal(keyTag == Tag.REF ? key : 0);
            int valueRoot = mutator.pushLocal(valueTag == Tag.REF ? value : 0);
            table = rebuild(mutator, table, Math.max(8, 2 * count(memory, table)));
            key = keyTag == Tag.REF ? mutator.local(keyRoot) : key;
            value = valueTag == Tag.REF ? mutator.local(valueRoot) : value;
            mutator.popLocals(mark);
            used = entryLimit(memory, table);
        }
        append(mutator, table, used, keyTag, key, valueTag, value, hash);
        Slots.setRaw(memory, table, COUNT, Tag.INTEGER, count(memory, table) + 1);
        return table;
    }

    private static void append(Mutator mutator, long table, long entry, byte keyTag, long key, byte valueTag,
                               long value, int hash) {
        HeapMemory memory = mutator.memory();
        long entries = entries(memory, table);
        mutator.store(entries, 3 * entry, keyTag, key);
        mutator.store(entries, 3 * entry + 1, valueTag, value);
        mutator.store(entries, 3 * entry + 2, Tag.INTEGER, hash);
        long index = index(memory, table);
        long mask = Slots.length(memory, index) / 4 - 1;
        long bucket = hash & mask;
        while (Slots.getInt(memory, index, bucket) >= 0) {
            bucket = (bucket + 1) & mask;
        }
        Slots.setInt(memory, index, bucket, (int) entry);
        Slots.setRaw(memory, table, USED, Tag.INTEGER, entry + 1);
    }

    /** Replaces entries and index with fresh ones of {@code capacity} entries, dropping removed entries. */
    private static long rebuild(Mutator mutator, long table, long capacity) {
        int mark = mutator.localsMark();
        int tableRoot = mutator.pushLocal(table);
        int entriesRoot = mutator.pushLocal(mutator.allocateValues(Shapes.ARRAY, 3 * capacity));
        long index = allocateIndex(mutator, (int) (2 * capacity));
        table = mutator.local(tableRoot);
        long newEntries = mutator.local(entriesRoot);
        mutator.popLocals(mark);
        HeapMemory memory = mutator.memory();
        long oldEntries = entries(memory, table);
        long used = entryLimit(memory, table);
        mutator.store(table, ENTRIES, Tag.REF, newEntries);
        mutator.store(table, INDEX, Tag.REF, index);
        Slots.setRaw(memory, table, USED, Tag.INTEGER, 0);
        long next = 0;
        for (long e = 0; e < used; e++) {
            if (Slots.tag(memory, oldEntries, 3 * e) != Tag.EMPTY) {
                append(mutator, table, next++, Slots.tag(memory, oldEntries, 3 * e),
                        Slots.payload(memory, oldEntries, 3 * e), Slots.tag(memory, oldEntries, 3 * e + 1),
                        Slots.payload(memory, oldEntries, 3 * e + 1), (int) Slots.payload(memory, oldEntries, 3 * e + 2));
            }
        }
        return table;
    }

    /** Removes {@code key}; returns whether it was present. Not a safepoint. */
    public static boolean remove(Mutator mutator, long table, byte keyTag, long key) {
        HeapMemory memory = mutator.memory();
        long bucket = findBucket(memory, table, keyTag, key, Keys.hash(memory, keyTag, key));
        if (bucket < 0) {
            return false;
        }
        long index = index(memory, table);
        long entry = Slots.getInt(memory, index, bucket);
        long entries = entries(memory, table);
        Slots.setRaw(memory, entries, 3 * entry, Tag.EMPTY, 0);
        Slots.setRaw(memory, entries, 3 * entry + 1, Tag.EMPTY, 0);
        Slots.setInt(memory, index, bucket, DELETED_BUCKET);
        Slots.setRaw(memory, table, COUNT, Tag.INTEGER, count(memory, table) - 1);
        return true;
    }

    private static long entries(HeapMemory memory, long table) {
        return Slots.payload(memory, table, ENTRIES);
    }

    private static long index(HeapMemory memory, long table) {
        return Slots.payload(memory, table, INDEX);
    }
}
