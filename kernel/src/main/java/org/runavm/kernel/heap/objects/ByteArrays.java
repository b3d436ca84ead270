package org.runavm.kernel.heap.objects;

import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;

/** Raw byte arrays ({@link Shapes#BYTES}), for I/O, crypto and FFI buffers. */
public final class ByteArrays {
    private ByteArrays() {
    }

    /** Allocates a zero-filled byte array. A safepoint. */
    public static long allocate(Mutator mutator, long length) {
        return mutator.allocateBytes(Shapes.BYTES, length);
    }

    /** Allocates a byte array holding a copy of {@code data}. A safepoint. */
    public static long allocate(Mutator mutator, byte[] data) {
        long array = mutator.allocateBytes(Shapes.BYTES, data.length);
        HeapMemory memory = mutator.memory();
        for (int i = 0; i < data.length; i++) {
            Slots.setByte(memory, array, i, data[i]);
        }
        return array;
    }

    public static long length(HeapMemory memory, long array) {
        return Slots.length(memory, array);
    }

    public static int get(HeapMemory memory, long array, long index) {
        check(memory, array, index);
        return Slots.getByte(memory, array, index);
    }

    public static void set(HeapMemory memory, long array, long index, int value) {
        check(memory, array, index);
        Slots.setByte(memory, array, index, value);
    }

    /** A copy of the contents as a Java array. */
    public static byte[] toByteArray(HeapMemory memory, long array) {
        byte[] out = new byte[Math.toIntExact(length(memory, array))];
        for (int i = 0; i < out.length; i++) {
            out[i] = (byte) Slots.getByte(memory, array, i);
        }
        return out;
    }

    private static void check(HeapMemory memory, long array, long index) {
        long length = length(memory, array);
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " out of range for bytes of length " + length);
        }
    }
}
