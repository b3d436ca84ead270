package org.runavm.kernel.heap.objects;

import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.value.Tag;

/**
 * Lists: a {@link Shapes#LIST} object (slot 0 the size as an Integer, slot 1 the backing
 * {@link Shapes#ARRAY}) whose backing array grows by half when full. The List object itself never changes
 * size, so its address is stable between safepoints even when the backing array is replaced.
 */
public final class Lists {
    private static final int SIZE = 0;
    private static final int STORE = 1;

    private Lists() {
    }

    /** Allocates an empty List with room for {@code capacity} elements. A safepoint. */
    public static long allocate(Mutator mutator, int capacity) {
        int mark = mutator.localsMark();
        int store = mutator.pushLocal(mutator.allocateValues(Shapes.ARRAY, Math.max(capacity, 4)));
        long list = mutator.allocateValues(Shapes.LIST, 2);
        mutator.store(list, SIZE, Tag.INTEGER, 0);
        mutator.store(list, STORE, Tag.REF, mutator.local(store));
        mutator.popLocals(mark);
        return list;
    }

    public static long size(HeapMemory memory, long list) {
        return Slots.payload(memory, list, SIZE);
    }

    public static byte tag(HeapMemory memory, long list, long index) {
        check(memory, list, index);
        return Slots.tag(memory, store(memory, list), index);
    }

    public static long payload(HeapMemory memory, long list, long index) {
        check(memory, list, index);
        return Slots.payload(memory, store(memory, list), index);
    }

    /** Replaces element {@code index}. Not a safepoint. */
    public static void set(Mutator mutator, long list, long index, byte tag, long payload) {
        check(mutator.memory(), list, index);
        mutator.store(store(mutator.memory(), list), index, tag, payload);
    }

    /** Appends an element; returns the List's (possibly moved) address. A safepoint. */
    public static long add(Mutator mutator, long list, byte tag, long payload) {
        return insert(mutator, list, size(mutator.memory(), list), tag, payload);
    }

    /** Inserts an element before {@code index} (0..size); returns the List's address. A safepoint. */
    public static long insert(Mutator mutator, long list, long index, byte tag, long payload) {
        HeapMemory memory = mutator.memory();
        long size = size(memory, list);
        if (index < 0 || index > size) {
            throw new IndexOutOfBoundsException("index " + index + " out of range for insertion into List of size " + size);
        }
        if (size == Slots.length(memory, store(memory, list))) {
            int mark = mutator.localsMark();
            int listRoot = mutator.pushLocal(list);
            int valueRoot = mutator.pushLocal(tag == Tag.REF ? payload : 0);
            long grown = mutator.allocateValues(Shapes.ARRAY, Math.max(8, size + (size >>> 1)));
            list = mutator.local(listRoot);
            payload = tag == Tag.REF ? mutator.local(valueRoot) : payload;
            mutator.popLocals(mark);
            long old = store(memory, list);
            for (long i = 0; i < size; i++) {
                mutator.store(grown, i, Slots.tag(memory, old, i), Slots.payload(memory, old, i));
            }
            mutator.store(list, STORE, Tag.REF, grown);
        }
        long store = store(memory, list);
        for (long i = size; i > index; i--) {
            mutator.store(store, i, Slots.tag(memory, store, i - 1), Slots.payload(memory, store, i - 1));
        }
        mutator.store(store, index, tag, payload);
        Slots.setRaw(memory, list, SIZE, Tag.INTEGER, size + 1);
        return list;
    }

    /** Removes element {@code index}, shifting the rest down. Not a safepoint. */
    public static void removeAt(Mutator mutator, long list, long index) {
        HeapMemory memory = mutator.memory();
        check(memory, list, index);
        long size = size(memory, list);
        long store = store(memory, list);
        for (long i = index; i < size - 1; i++) {
            mutator.store(store, i, Slots.tag(memory, store, i + 1), Slots.payload(memory, store, i + 1));
        }
        Slots.setRaw(memory, store, size - 1, Tag.EMPTY, 0); // drop the reference so it can be collected
        Slots.setRaw(memory, list, SIZE, Tag.INTEGER, size - 1);
    }

    /** Removes every element (keeps the capacity). Not a safepoint. */
    public static void clear(Mutator mutator, long list) {
        HeapMemory memory = mutator.memory();
        long store = store(memory, list);
        for (long i = 0; i < size(memory, list); i++) {
            Slots.setRaw(memory, store, i, Tag.EMPTY, 0);
        }
        Slots.setRaw(memory, list, SIZE, Tag.INTEGER, 0);
    }

    private static long store(HeapMemory memory, long list) {
        return Slots.payload(memory, list, STORE);
    }

    private static void check(HeapMemory memory, long list, long index) {
        long size = size(memory, list);
        if (index < 0 || index >= size) {
            throw new IndexOutOfBoundsException("index " + index + " out of range for List of size " + size);
        }
    }
}
