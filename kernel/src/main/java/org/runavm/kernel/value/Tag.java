package org.runavm.kernel.value;

/**
 * The type tags of a Runa value. A tag is a {@code byte} so that frames can keep a compact {@code byte[]}
 * beside their {@code long[]} payloads, and heap objects can pack eight tags into one word.
 *
 * <p>{@link #EMPTY} is zero on purpose: freshly allocated (zeroed) memory and fresh frames hold no
 * references, which is what makes a newly allocated object safe to scan before the engine fills it.
 */
public final class Tag {
    /** An absent value: an unassigned slot, a missing map entry. Never visible to a Runa program. */
    public static final byte EMPTY = 0;
    /** {@code null}; the payload is 0. */
    public static final byte NULL = 1;
    /** A Boolean; the payload is 0 ({@code false}) or 1 ({@code true}). */
    public static final byte BOOLEAN = 2;
    /** A 64-bit signed Integer held in the payload. */
    public static final byte INTEGER = 3;
    /** An IEEE 754 double held as its raw bits ({@link Double#doubleToRawLongBits}). */
    public static final byte DECIMAL = 4;
    /**
     * A small immediate that names something the VM keeps outside the managed heap, for instance a
     * built-in type or a native function; the payload is an index whose meaning belongs to the engine.
     */
    public static final byte IMMEDIATE = 5;
    /** A reference: the payload is the word address of an object in the managed heap. */
    public static final byte REF = 6;

    /** One more than the largest tag; tags are in {@code [0, COUNT)}. */
    public static final int COUNT = 7;

    private Tag() {
    }

    /** Whether {@code tag} is one of the defined tags. */
    public static boolean isValid(byte tag) {
        return tag >= 0 && tag < COUNT;
    }

    /** Whether the value is a number (Integer or Decimal). */
    public static boolean isNumber(byte tag) {
        return tag == INTEGER || tag == DECIMAL;
    }

    /** A short lower-case name for diagnostics, e.g. {@code "integer"}. */
    public static String name(byte tag) {
        return switch (tag) {
            case EMPTY -> "empty";
            case NULL -> "null";
            case BOOLEAN -> "boolean";
            case INTEGER -> "integer";
            case DECIMAL -> "decimal";
            case IMMEDIATE -> "immediate";
            case REF -> "reference";
            default -> "invalid tag " + tag;
        };
    }
}
