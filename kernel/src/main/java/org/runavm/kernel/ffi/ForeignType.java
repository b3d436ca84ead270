package org.runavm.kernel.ffi;

/** The native types an {@code External Process} signature may use (language.md §10). */
public enum ForeignType {
    /** Runa {@code Integer}: a C {@code long}. */
    INTEGER,
    /** Runa {@code Decimal}: a C {@code double}. */
    DECIMAL,
    /** Runa {@code Boolean}: a C {@code int}, 0 or 1. */
    BOOLEAN,
    POINTER,
    INT8, INT16, INT32, INT64,
    UINT8, UINT16, UINT32, UINT64,
    FLOAT32, FLOAT64,
    /** No value: only as a return type. */
    VOID
}
