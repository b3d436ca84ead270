package org.runavm.ffi.internal;

import java.lang.foreign.MemorySegment;
import org.runavm.kernel.ffi.ForeignType;
import org.runavm.kernel.ffi.Pointer;

/**
 * Converts a native value (as its boxed carrier) to the Java value of a {@link ForeignType}: integers
 * widen to {@link Long} (sign- or zero-extended by the type), floats to {@link Double}, C's int to
 * {@link Boolean} and addresses to {@link Pointer}. Used for results and for callback arguments.
 */
final class ResultConverter {
    private ResultConverter() {
    }

    static Object toJava(ForeignType type, Object carrier) {
        return switch (type) {
            case VOID -> null;
            case UINT8 -> (long) Byte.toUnsignedInt((Byte) carrier);
            case UINT16 -> (long) Short.toUnsignedInt((Short) carrier);
            case UINT32 -> Integer.toUnsignedLong((Integer) carrier);
            case INTEGER, INT8, INT16, INT32, INT64, UINT64 -> ((Number) carrier).longValue();
            case FLOAT32, FLOAT64, DECIMAL -> ((Number) carrier).doubleValue();
            case BOOLEAN -> ((Number) carrier).intValue() != 0;
            case POINTER -> new Pointer(((MemorySegment) carrier).address());
        };
    }
}
