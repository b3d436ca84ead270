package org.runavm.kernel.heap.objects;

import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;
import org.runavm.kernel.value.Tag;
import org.runavm.kernel.value.Values;

/**
 * Key equality and hashing for Maps and Sets (and {@code ==} on values): structural for numbers
 * ({@code 1 == 1.0}), Booleans, Null, Text and Tuples; identity for every other object. Lists, Maps,
 * Sets and Bytes (mutable, compared by content) are not hashable. Class instances that define {@code equals}/{@code hash} are the engine's business:
 * it calls them before falling back to identity here.
 */
public final class Keys {
    private Keys() {
    }

    /** The hash of a key. @throws UnhashableKeyException for a List, Map, Set or Bytes */
    public static int hash(HeapMemory memory, byte tag, long payload) {
        return switch (tag) {
            case Tag.INTEGER, Tag.DECIMAL -> Values.numberHash(tag, payload);
            case Tag.NULL -> 0x5bd1e995;
            case Tag.BOOLEAN -> Values.mix(payload + 0x2545F491L);
            case Tag.REF -> referenceHash(memory, payload);
            default -> Values.mix(payload ^ ((long) tag << 56));
        };
    }

    private static int referenceHash(HeapMemory memory, long object) {
        int shape = Slots.shape(memory, object);
        return switch (shape) {
            case Shapes.TEXT_LATIN1, Shapes.TEXT_UTF32 -> Texts.hash(memory, object);
            case Shapes.TUPLE -> tupleHash(memory, object);
            // mutable and compared by content: a key that changes after insertion would be lost
            case Shapes.LIST, Shapes.MAP, Shapes.SET, Shapes.BYTES -> throw new UnhashableKeyException(Shapes.name(shape));
            default -> Slots.identityHash(memory, object);
        };
    }

    private static int tupleHash(HeapMemory memory, long tuple) {
        long size = Slots.length(memory, tuple);
        int h = (int) size;
        for (long i = 0; i < size; i++) {
            h = 31 * h + hash(memory, Slots.tag(memory, tuple, i), Slots.payload(memory, tuple, i));
        }
        return h;
    }

    /** Whether two values are equal as keys. */
    public static boolean equal(HeapMemory memory, byte tagA, long a, byte tagB, long b) {
        if (Tag.isNumber(tagA) && Tag.isNumber(tagB)) {
            return Values.numbersEqual(tagA, a, tagB, b);
        }
        if (tagA != tagB) {
            return false;
        }
        if (tagA != Tag.REF || a == b) {
            return tagA == Tag.NULL || a == b;
        }
        int shapeA = Slots.shape(memory, a);
        if (shapeA == Shapes.TEXT_LATIN1 || shapeA == Shapes.TEXT_UTF32) {
            return Texts.equal(memory, a, b);
        }
        if (shapeA == Shapes.TUPLE && Slots.shape(memory, b) == Shapes.TUPLE) {
            long size = Slots.length(memory, a);
            if (size != Slots.length(memory, b)) {
                return false;
            }
            for (long i = 0; i < size; i++) {
                if (!equal(memory, Slots.tag(memory, a, i), Slots.payload(memory, a, i),
                        Slots.tag(memory, b, i), Slots.payload(memory, b, i))) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
