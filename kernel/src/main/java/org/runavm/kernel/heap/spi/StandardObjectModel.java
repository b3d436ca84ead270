package org.runavm.kernel.heap.spi;

import org.runavm.kernel.heap.Header;
import org.runavm.kernel.heap.HeapMemory;
import org.runavm.kernel.heap.Shapes;
import org.runavm.kernel.value.Tag;

/** The object model of {@link Header}: value objects with packed tags, and byte objects. */
public final class StandardObjectModel implements ObjectModel {
    /** The one instance. */
    public static final StandardObjectModel INSTANCE = new StandardObjectModel();

    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long HIGHS = 0x8080_8080_8080_8080L;
    private static final long REF_BYTES = ONES * Tag.REF;

    private StandardObjectModel() {
    }

    @Override
    public long sizeInWords(HeapMemory memory, long object) {
        return Header.objectWords(memory, object);
    }

    @Override
    public boolean isFiller(HeapMemory memory, long object) {
        int shape = Header.shape(memory.get(object));
        return shape == Shapes.FILLER || shape == Shapes.FILLER_WORD;
    }

    @Override
    public void scanReferenceSlots(HeapMemory memory, long object, SlotVisitor visitor) {
        long status = memory.get(object);
        if (Header.isBytes(status) || Header.shape(status) == Shapes.FILLER_WORD) {
            return;
        }
        long slots = memory.get(object + 1);
        long payloads = object + Header.WORDS;
        long tags = payloads + slots;
        long tagWords = Header.tagWords(slots);
        for (long w = 0; w < tagWords; w++) {
            long word = memory.get(tags + w);
            if (!hasRefByte(word)) {
                continue; // the common case for numeric data: eight slots skipped with one test
            }
            for (int b = 0; b < 8; b++) {
                if (((word >>> (b << 3)) & 0xFF) == Tag.REF) {
                    visitor.visitSlot(payloads + (w << 3) + b);
                }
            }
        }
    }

    /** SWAR test: does any byte of {@code word} equal {@link Tag#REF}? */
    private static boolean hasRefByte(long word) {
        long x = word ^ REF_BYTES;
        return ((x - ONES) & ~x & HIGHS) != 0;
    }

    @Override
    public String checkHeader(HeapMemory memory, long object, long limit) {
        long status = memory.get(object);
        int shape = Header.shape(status);
        if (shape == 0) {
            return "no object header (shape 0) at " + object;
        }
        if (shape == Shapes.FILLER_WORD) {
            return object + 1 <= limit ? null : "filler beyond the space end at " + object;
        }
        if (object + Header.WORDS > limit) {
            return "header beyond the space end at " + object;
        }
        long length = memory.get(object + 1);
        if (length < 0 || length > 8L * Integer.MAX_VALUE) {
            return "invalid length " + length + " at " + object;
        }
        long words = Header.isBytes(status) ? Header.bytesObjectWords(length) : Header.valueObjectWords(length);
        if (object + words > limit) {
            return "object of " + words + " words at " + object + " runs past the space end " + limit;
        }
        if (!Header.isBytes(status)) {
            long tags = object + Header.WORDS + length;
            for (long i = 0; i < length; i++) {
                byte tag = (byte) (memory.get(tags + (i >>> 3)) >>> ((i & 7) << 3));
                if (!Tag.isValid(tag)) {
                    return "invalid tag " + tag + " in slot " + i + " of object " + object;
                }
            }
        }
        return null;
    }
}
