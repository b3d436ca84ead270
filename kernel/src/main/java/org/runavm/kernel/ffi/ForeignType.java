package org.runavm.kernel.ffi;

import java.util.Locale;

/** The native types an {@code External Process} signature may use (language.md §10). */
public enum ForeignType {
    /** Runa {@code Integer}: a C {@code long} (64 bits on Linux and macOS, 32 on Windows). */
    INTEGER,
    /** Runa {@code Decimal}: a C {@code double}. */
    DECIMAL,
    /** Runa {@code Boolean}: a C {@code int}, 0 or 1 (any non-zero result is {@code true}). */
    BOOLEAN,
    /** A C pointer ({@code void*}); its Java value is a {@link Pointer}. */
    POINTER,
    INT8, INT16, INT32, INT64,
    /**
     * Unsigned C integers. {@code UINT64} travels in the 64 bits of a {@link Long}: values from 2^63 on
     * appear negative, as in C's two's complement.
     */
    UINT8, UINT16, UINT32, UINT64,
    FLOAT32, FLOAT64,
    /** No value: only as a return type. */
    VOID;

    /** The name a Runa declaration uses: {@code Integer}, {@code UInt8}, {@code Float32} ... */
    public String runaName() {
        return switch (this) {
            case UINT8, UINT16, UINT32, UINT64 -> "UInt" + name().substring(4);
            default -> name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
        };
    }

    /**
     * The type a Runa declaration names ({@code "Int32"}, {@code "Pointer"}), or {@code null} if
     * {@code runaName} is none of them. {@code Any} is not a type here: it marks a variadic signature.
     */
    public static ForeignType fromRunaName(String runaName) {
        for (ForeignType type : values()) {
            if (type.runaName().equals(runaName)) {
                return type;
            }
        }
        return null;
    }
}
