package org.runavm.kernel.ffi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ForeignTypeTest {
    @Test
    void runaNamesAreTheDeclaredTypeNames() {
        assertEquals("Integer", ForeignType.INTEGER.runaName());
        assertEquals("Decimal", ForeignType.DECIMAL.runaName());
        assertEquals("Pointer", ForeignType.POINTER.runaName());
        assertEquals("Int8", ForeignType.INT8.runaName());
        assertEquals("UInt64", ForeignType.UINT64.runaName());
        assertEquals("Float32", ForeignType.FLOAT32.runaName());
    }

    @Test
    void everyTypeIsFoundByItsName() {
        for (ForeignType type : ForeignType.values()) {
            assertEquals(type, ForeignType.fromRunaName(type.runaName()));
        }
        assertNull(ForeignType.fromRunaName("Any"));
        assertNull(ForeignType.fromRunaName("int8"));
    }
}
