package org.runavm.bytecode.internal.format;

/**
 * The bytes do not follow the {@code .runab} layout. Carries the section being read and the
 * absolute file offset, so the loader can report where.
 */
public final class FormatException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String section;
    private final int offset;

    public FormatException(String section, int offset, String message) {
        super(message);
        this.section = section;
        this.offset = offset;
    }

    public String section() {
        return section;
    }

    public int offset() {
        return offset;
    }
}
