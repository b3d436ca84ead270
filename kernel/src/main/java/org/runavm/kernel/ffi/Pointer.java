package org.runavm.kernel.ffi;

/**
 * A native address as a value. It tells a pointer apart from an integer where the signature cannot:
 * a variadic argument that is a {@code Pointer} is passed as a C pointer, a {@link Long} as a C
 * {@code long}. {@link ForeignFunction#invoke} returns one for a {@link ForeignType#POINTER} result.
 *
 * @param address the raw address; 0 is C's {@code NULL}
 */
public record Pointer(long address) {
    /** C's {@code NULL}. */
    public static final Pointer NULL = new Pointer(0);

    public boolean isNull() {
        return address == 0;
    }

    @Override
    public String toString() {
        return "0x" + Long.toHexString(address);
    }
}
