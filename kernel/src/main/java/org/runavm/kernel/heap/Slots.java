package org.runavm.kernel.heap;

import org.runavm.kernel.value.Tag;

/**
 * Typed access to the slots and bytes of heap objects (layout in {@link Header}). These are raw
 * accessors: they do no write barrier, so a store of a {@link Tag#REF reference} into an object must go
 * through {@link Mutator#store}. Indexes are not range-checked here; the object layouts in
 * {@code org.runavm.kernel.heap.objects} check them against the object's length.
 */
public final class Slots {
    private Slots() {
    }

    /** The shape id of the object. */
    public static int shape(HeapMemory memory, long object) {
        return Header.shape(memory.get(object));
    }

    /** The length word: slot count of a value object, byte count of a byte object. */
    public static long length(HeapMemory memory, long object) {
        return memory.get(object + 1);
    }

    /** The payload of slot {@code index}. */
    public static long payload(HeapMemory memory, long object, long index) {
        return memory.get(object + Header.WORDS + index);
    }

    /** The tag of slot {@code index}. */
    public static byte tag(HeapMemory memory, long object, long index) {
        long tagWord = memory.get(tagWordAddress(memory, object, index));
        return (byte) (tagWord >>> ((index & 7) << 3));
    }

    /** Writes tag and payload of slot {@code index} without a barrier (for non-reference values or fresh objects). */
    public static void setRaw(HeapMemory memory, long object, long index, byte tag, long payload) {
        memory.set(object + Header.WORDS + index, payload);
        long address = tagWordAddress(memory, object, index);
        int shift = (int) ((index & 7) << 3);
        long word = memory.get(address);
        memory.set(address, (word & ~(0xFFL << shift)) | ((tag & 0xFFL) << shift));
    }

    /**
     * Writes every slot of a value object being initialised, from {@code tags[from..]} and
     * {@code payloads[from..]}: each tag word is written whole rather than read, changed and written
     * once per slot, so whatever the words held before is replaced. Raw, like {@link #setRaw}: no
     * write barrier.
     */
    public static void setAllRaw(HeapMemory memory, long object, byte[] tags, long[] payloads, int from) {
        int n = (int) memory.get(object + 1);
        long slots = object + Header.WORDS;
        for (int i = 0; i < n; i++) {
            memory.set(slots + i, payloads[from + i]);
        }
        long tagWords = slots + n;
        for (int word = 0; word << 3 < n; word++) {
            long packed = 0;
            int first = word << 3;
            for (int i = first, last = Math.min(n, first + 8); i < last; i++) {
                packed |= (tags[from + i] & 0xFFL) << ((i & 7) << 3);
            }
            memory.set(tagWords + word, packed);
        }
    }

    private static long tagWordAddress(HeapMemory memory, long object, long index) {
        return object + Header.WORDS + memory.get(object + 1) + (index >>> 3);
    }

    /** The byte at {@code index} of a byte object, 0-255. */
    public static int getByte(HeapMemory memory, long object, long index) {
        long word = memory.get(object + Header.WORDS + (index >>> 3));
        return (int) (word >>> ((index & 7) << 3)) & 0xFF;
    }

    /** Writes the byte at {@code index} of a byte object. */
    public static void setByte(HeapMemory memory, long object, long index, int value) {
        long address = object + Header.WORDS + (index >>> 3);
        int shift = (int) ((index & 7) << 3);
        memory.set(address, (memory.get(address) & ~(0xFFL << shift)) | ((value & 0xFFL) << shift));
    }

    /** The little-endian 32-bit integer at byte offset {@code 4 * index} of a byte object. */
    public static int getInt(HeapMemory memory, long object, long index) {
        long word = memory.get(object + Header.WORDS + (index >>> 1));
        return (int) (word >>> ((index & 1) << 5));
    }

    /** Writes the little-endian 32-bit integer at byte offset {@code 4 * index} of a byte object. */
    public static void setInt(HeapMemory memory, long object, long index, int value) {
        long address = object + Header.WORDS + (index >>> 1);
        int shift = (int) ((index & 1) << 5);
        memory.set(address, (memory.get(address) & ~(0xFFFF_FFFFL << shift)) | ((value & 0xFFFF_FFFFL) << shift));
    }

    /**
     * The identity hash of an object, assigned on first request and kept in its header, so it survives
     * moves. Never 0. Safe against a concurrent first request from another thread (compare-and-set).
     */
    public static int identityHash(HeapMemory memory, long object) {
        while (true) {
            long status = memory.get(object);
            int hash = Header.hash(status);
            if (hash != 0) {
                return hash;
            }
            hash = org.runavm.kernel.value.Values.mix(object * 0x9E3779B97F4A7C15L);
            if (hash == 0) {
                hash = 1;
            }
            if (memory.compareAndSet(object, status, Header.withHash(status, hash))) {
                return hash;
            }
        }
    }
}
