package org.runavm.kernel.heap;

/**
 * The object header: two words in front of every heap object (one word for a one-word filler).
 *
 * <pre>
 * word 0 (status): bits 0-15 shape id | bit 16 BYTES kind | bit 17 LOG (write barrier) |
 *                  bits 24-31 age | bits 32-63 identity hash (0 = not yet assigned)
 * word 1 (length): value objects: number of value slots; byte objects: number of bytes
 * </pre>
 *
 * <p>There are exactly two object kinds, which is what makes references precise without per-shape maps:
 * a <em>value object</em> holds {@code n} Runa values, laid out as {@code n} payload words followed by
 * {@code ceil(n / 8)} tag words (eight one-byte {@link org.runavm.kernel.value.Tag tags} per word, slot
 * {@code i} in byte {@code i % 8}); a slot is a reference iff its tag is {@code REF}. A <em>byte
 * object</em> holds raw bytes, eight per word, little-endian within the word, and never references.
 * Payloads come first so that reading slot {@code i} needs no length: it is at {@code object + 2 + i}.
 */
public final class Header {
    /** Words in the header of every object except the one-word filler. */
    public static final int WORDS = 2;
    /** Header bit: the object holds bytes, not values. */
    public static final long BYTES_BIT = 1L << 16;
    /**
     * Header bit used by barriered plans: set on objects whose next reference store must be logged
     * (for example mature objects in a generational plan); the barrier slow path clears it.
     */
    public static final long LOG_BIT = 1L << 17;
    private static final long SHAPE_MASK = 0xFFFFL;
    private static final int AGE_SHIFT = 24;
    private static final long AGE_MASK = 0xFFL << AGE_SHIFT;
    private static final int HASH_SHIFT = 32;

    private Header() {
    }

    /** The status word of a fresh object. */
    public static long status(int shape, boolean bytes) {
        return (shape & SHAPE_MASK) | (bytes ? BYTES_BIT : 0L);
    }

    /** The shape id in a status word. */
    public static int shape(long status) {
        return (int) (status & SHAPE_MASK);
    }

    /** Whether the status word describes a byte object. */
    public static boolean isBytes(long status) {
        return (status & BYTES_BIT) != 0;
    }

    /** The age (collections survived, saturating at 255) in a status word. */
    public static int age(long status) {
        return (int) ((status & AGE_MASK) >>> AGE_SHIFT);
    }

    /** The status word with its age replaced. */
    public static long withAge(long status, int age) {
        return (status & ~AGE_MASK) | ((long) Math.min(age, 255) << AGE_SHIFT);
    }

    /** The identity hash in a status word, 0 if none was assigned yet. */
    public static int hash(long status) {
        return (int) (status >>> HASH_SHIFT);
    }

    /** The status word with the identity hash set. */
    public static long withHash(long status, int hash) {
        return (status & 0xFFFF_FFFFL) | ((long) hash << HASH_SHIFT);
    }

    /** The number of tag words of a value object with {@code slots} slots. */
    public static long tagWords(long slots) {
        return (slots + 7) >>> 3;
    }

    /** The size in words of a value object with {@code slots} slots. */
    public static long valueObjectWords(long slots) {
        return WORDS + slots + tagWords(slots);
    }

    /** The size in words of a byte object of {@code bytes} bytes. */
    public static long bytesObjectWords(long bytes) {
        return WORDS + ((bytes + 7) >>> 3);
    }

    /** The size in words of the object at {@code object}, read from its header. */
    public static long objectWords(HeapMemory memory, long object) {
        long status = memory.get(object);
        if (shape(status) == Shapes.FILLER_WORD) {
            return 1;
        }
        long length = memory.get(object + 1);
        return isBytes(status) ? bytesObjectWords(length) : valueObjectWords(length);
    }
}
