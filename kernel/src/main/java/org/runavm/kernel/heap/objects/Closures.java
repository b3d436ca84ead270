package org.runavm.kernel.heap.objects;

import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.value.Tag;

/**
 * Closures and boxed upvalues (Lua's model). A closure's slot 0 is its function (an engine
 * {@link Tag#IMMEDIATE} index or a reference); slots 1..n are references to {@link Shapes#UPVALUE} boxes,
 * which several closures may share; a box's slot 0 is the captured variable.
 */
public final class Closures {
    private Closures() {
    }

    /** Allocates a closure with {@code upvalues} empty upvalue slots. A safepoint. */
    public static long allocate(Mutator mutator, byte functionTag, long functionPayload, int upvalues) {
        int mark = mutator.localsMark();
        int fnRoot = mutator.pushLocal(functionTag == Tag.REF ? functionPayload : 0);
        long closure = mutator.allocateValues(Shapes.CLOSURE, upvalues + 1L);
        mutator.store(closure, 0, functionTag, functionTag == Tag.REF ? mutator.local(fnRoot) : functionPayload);
        mutator.popLocals(mark);
        return closure;
    }

    public static byte functionTag(HeapMemory memory, long closure) {
        return Slots.tag(memory, closure, 0);
    }

    public static long functionPayload(HeapMemory memory, long closure) {
        return Slots.payload(memory, closure, 0);
    }

    public static long upvalueCount(HeapMemory memory, long closure) {
        return Slots.length(memory, closure) - 1;
    }

    /** The box of upvalue {@code index}. */
    public static long upvalue(HeapMemory memory, long closure, int index) {
        check(memory, closure, index);
        return Slots.payload(memory, closure, index + 1L);
    }

    /** Installs the box of upvalue {@code index}. Not a safepoint. */
    public static void setUpvalue(Mutator mutator, long closure, int index, long box) {
        check(mutator.memory(), closure, index);
        mutator.store(closure, index + 1L, Tag.REF, box);
    }

    /** Allocates an upvalue box holding a value. A safepoint. */
    public static long allocateBox(Mutator mutator, byte tag, long payload) {
        int mark = mutator.localsMark();
        int root = mutator.pushLocal(tag == Tag.REF ? payload : 0);
        long box = mutator.allocateValues(Shapes.UPVALUE, 1);
        mutator.store(box, 0, tag, tag == Tag.REF ? mutator.local(root) : payload);
        mutator.popLocals(mark);
        return box;
    }

    public static byte boxTag(HeapMemory memory, long box) {
        return Slots.tag(memory, box, 0);
    }

    public static long boxPayload(HeapMemory memory, long box) {
        return Slots.payload(memory, box, 0);
    }

    /** Assigns the captured variable. Not a safepoint. */
    public static void setBox(Mutator mutator, long box, byte tag, long payload) {
        mutator.store(box, 0, tag, payload);
    }

    private static void check(HeapMemory memory, long closure, int index) {
        long count = upvalueCount(memory, closure);
        if (index < 0 || index >= count) {
            throw new IndexOutOfBoundsException("upvalue " + index + " out of range for a closure with " + count);
        }
    }
}
