package org.runavm.kernel.heap;

/**
 * The shape ids of the built-in object layouts. A shape says what an object means; its
 * {@link Header kind} (values or bytes) says how the collector scans it, so a collector never needs to
 * know a shape. Engines and bundles number their own shapes from {@link #FIRST_FREE} upwards.
 */
public final class Shapes {
    /** A one-word hole left in a space (no length word). */
    public static final int FILLER_WORD = 1;
    /** A hole of two or more words, laid out as a byte object so the space stays walkable. */
    public static final int FILLER = 2;
    /** Text whose code points are all below 256: one byte per code point. */
    public static final int TEXT_LATIN1 = 3;
    /** Text with a code point of 256 or more: four bytes (UTF-32LE) per code point. */
    public static final int TEXT_UTF32 = 4;
    /** Raw bytes. */
    public static final int BYTES = 5;
    /** A List: slot 0 the element count (Integer), slot 1 the backing {@link #ARRAY}. */
    public static final int LIST = 6;
    /** A fixed-length array of values, e.g. the backing store of a List or a Map's entries. */
    public static final int ARRAY = 7;
    /** A Tuple: its elements. */
    public static final int TUPLE = 8;
    /** A class instance: slot 0 the class, then the field slots. */
    public static final int INSTANCE = 9;
    /** A closure: slot 0 the function, then the captured upvalue boxes. */
    public static final int CLOSURE = 10;
    /** A boxed upvalue: slot 0 the value. */
    public static final int UPVALUE = 11;
    /** A Map: count, used entries, entries {@link #ARRAY}, index {@link #HASH_INDEX}. */
    public static final int MAP = 12;
    /** A Set: the same layout as a Map, values unused. */
    public static final int SET = 13;
    /** The open-addressing index of a Map or Set: 32-bit entry numbers in a byte object. */
    public static final int HASH_INDEX = 14;
    /** The first shape id free for engines and bundles. */
    public static final int FIRST_FREE = 256;
    /** The largest shape id. */
    public static final int MAX = 0xFFFF;

    private Shapes() {
    }

    /** A name for diagnostics and heap profiles. */
    public static String name(int shape) {
        return switch (shape) {
            case FILLER_WORD, FILLER -> "filler";
            case TEXT_LATIN1, TEXT_UTF32 -> "Text";
            case BYTES -> "Bytes";
            case LIST -> "List";
            case ARRAY -> "Array";
            case TUPLE -> "Tuple";
            case INSTANCE -> "Instance";
            case CLOSURE -> "Function";
            case UPVALUE -> "Upvalue";
            case MAP -> "Map";
            case SET -> "Set";
            case HASH_INDEX -> "HashIndex";
            default -> "shape#" + shape;
        };
    }
}
