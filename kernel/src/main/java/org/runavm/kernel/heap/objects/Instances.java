package org.runavm.kernel.heap.objects;

import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.value.Tag;

/**
 * Class instances: slot 0 holds the class (a heap reference or an engine {@link Tag#IMMEDIATE}), slots
 * 1..n the fields in the order the engine assigned them. Field indexes here are 0-based.
 */
public final class Instances {
    private Instances() {
    }

    /** Allocates an instance of a class with {@code fields} fields, all empty. A safepoint. */
    public static long allocate(Mutator mutator, byte classTag, long classPayload, int fields) {
        int mark = mutator.localsMark();
        int classRoot = mutator.pushLocal(classTag == Tag.REF ? classPayload : 0);
        long instance = mutator.allocateValues(Shapes.INSTANCE, fields + 1L);
        mutator.store(instance, 0, classTag, classTag == Tag.REF ? mutator.local(classRoot) : classPayload);
        mutator.popLocals(mark);
        return instance;
    }

    public static byte classTag(HeapMemory memory, long instance) {
        return Slots.tag(memory, instance, 0);
    }

    public static long classPayload(HeapMemory memory, long instance) {
        return Slots.payload(memory, instance, 0);
    }

    public static long fieldCount(HeapMemory memory, long instance) {
        return Slots.length(memory, instance) - 1;
    }

    public static byte fieldTag(HeapMemory memory, long instance, int field) {
        check(memory, instance, field);
        return Slots.tag(memory, instance, field + 1L);
    }

    public static long fieldPayload(HeapMemory memory, long instance, int field) {
        check(memory, instance, field);
        return Slots.payload(memory, instance, field + 1L);
    }

    /** Assigns a field (with the write barrier). Not a safepoint. */
    public static void setField(Mutator mutator, long instance, int field, byte tag, long payload) {
        check(mutator.memory(), instance, field);
        mutator.store(instance, field + 1L, tag, payload);
    }

    private static void check(HeapMemory memory, long instance, int field) {
        long count = fieldCount(memory, instance);
        if (field < 0 || field >= count) {
            throw new IndexOutOfBoundsException("field " + field + " out of range for an instance with " + count + " fields");
        }
    }
}
