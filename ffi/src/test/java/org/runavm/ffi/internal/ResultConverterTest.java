package org.runavm.ffi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.ffi.ForeignType;
import org.runavm.kernel.ffi.Pointer;

class ResultConverterTest {
    @Test
    void signedTypesSignExtendAndUnsignedZeroExtend() {
        assertEquals(-1L, ResultConverter.toJava(ForeignType.INT8, (byte) -1));
        assertEquals(255L, ResultConverter.toJava(ForeignType.UINT8, (byte) -1));
        assertEquals(65535L, ResultConverter.toJava(ForeignType.UINT16, (short) -1));
        assertEquals(4294967295L, ResultConverter.toJava(ForeignType.UINT32, -1));
        assertEquals(-1L, ResultConverter.toJava(ForeignType.UINT64, -1L), "UInt64 keeps its 64 bits");
    }

    @Test
    void otherTypes() {
        assertEquals(0.5, ResultConverter.toJava(ForeignType.FLOAT32, 0.5f));
        assertEquals(true, ResultConverter.toJava(ForeignType.BOOLEAN, 7));
        assertEquals(false, ResultConverter.toJava(ForeignType.BOOLEAN, 0));
        assertEquals(new Pointer(64), ResultConverter.toJava(ForeignType.POINTER, MemorySegment.ofAddress(64)));
        assertNull(ResultConverter.toJava(ForeignType.VOID, null));
    }
}
