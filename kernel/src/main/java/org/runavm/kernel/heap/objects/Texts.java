package org.runavm.kernel.heap.objects;

import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Mutator;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.heap.Slots;

/**
 * Immutable Text, indexed by code point. The encoding is canonical: {@link Shapes#TEXT_LATIN1} (one byte per
 * code point) exactly when every code point is below 256, else {@link Shapes#TEXT_UTF32} (four bytes per
 * code point). Because it is canonical, two Texts are equal iff their shapes and bytes are equal, and
 * {@code t[i]} is O(1) in both encodings.
 */
public final class Texts {
    private Texts() {
    }

    /** Allocates a Text holding the code points of {@code value}. A safepoint. */
    public static long allocate(Mutator mutator, String value) {
        return allocate(mutator, value.codePoints().toArray());
    }

    /** Allocates a Text holding {@code codePoints}. A safepoint. */
    public static long allocate(Mutator mutator, int[] codePoints) {
        boolean latin1 = true;
        for (int cp : codePoints) {
            if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                throw new IllegalArgumentException("invalid code point " + cp);
            }
            latin1 &= cp < 256;
        }
        HeapMemory memory = mutator.memory();
        if (latin1) {
            long text = mutator.allocateBytes(Shapes.TEXT_LATIN1, codePoints.length);
            for (int i = 0; i < codePoints.length; i++) {
                Slots.setByte(memory, text, i, codePoints[i]);
            }
            return text;
        }
        long text = mutator.allocateBytes(Shapes.TEXT_UTF32, 4L * codePoints.length);
        for (int i = 0; i < codePoints.length; i++) {
            Slots.setInt(memory, text, i, codePoints[i]);
        }
        return text;
    }

    /** Whether the object is a Text. */
    public static boolean isText(HeapMemory memory, long object) {
        int shape = Slots.shape(memory, object);
        return shape == Shapes.TEXT_LATIN1 || shape == Shapes.TEXT_UTF32;
    }

    /** The length in code points. */
    public static long length(HeapMemory memory, long text) {
        long bytes = Slots.length(memory, text);
        return Slots.shape(memory, text) == Shapes.TEXT_LATIN1 ? bytes : bytes >>> 2;
    }

    /** The code point at {@code index}. */
    public static int codePointAt(HeapMemory memory, long text, long index) {
        long length = length(memory, text);
        if (index < 0 || index >= length) {
            throw new IndexOutOfBoundsException("index " + index + " out of range for Text of length " + length);
        }
        return Slots.shape(memory, text) == Shapes.TEXT_LATIN1
                ? Slots.getByte(memory, text, index)
                : Slots.getInt(memory, text, index);
    }

    /** The Text as a Java string. */
    public static String toJavaString(HeapMemory memory, long text) {
        int length = Math.toIntExact(length(memory, text));
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(codePointAt(memory, text, i));
        }
        return out.toString();
    }

    /** Structural equality. */
    public static boolean equal(HeapMemory memory, long a, long b) {
        if (a == b) {
            return true;
        }
        if (Slots.shape(memory, a) != Slots.shape(memory, b) || Slots.length(memory, a) != Slots.length(memory, b)) {
            return false;
        }
        long words = (Slots.length(memory, a) + 7) >>> 3;
        for (long w = 0; w < words; w++) {
            if (memory.get(a + 2 + w) != memory.get(b + 2 + w)) {
                return false; // padding bytes are zero (fresh memory), so whole words compare
            }
        }
        return true;
    }

    /** A content hash, consistent with {@link #equal}. */
    public static int hash(HeapMemory memory, long text) {
        long words = (Slots.length(memory, text) + 7) >>> 3;
        long h = Slots.shape(memory, text);
        for (long w = 0; w < words; w++) {
            h = h * 0x100000001B3L + memory.get(text + 2 + w);
        }
        return org.runavm.kernel.value.Values.mix(h ^ Slots.length(memory, text));
    }
}
