package org.runavm.ffi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignSession;

class ForeignLinkerComponentTest {
    @Test
    void eachVmGetsASessionOfItsOwn() {
        ForeignLinkerComponent linker = new ForeignLinkerComponent();
        try (ForeignSession first = linker.openSession(); ForeignSession second = linker.openSession()) {
            long kept = second.toCString("second VM");
            long address = first.allocate(8);
            assertEquals("0x" + Long.toHexString(address) + " is not native memory allocated by this VM",
                    assertThrows(ForeignException.class, () -> second.free(address)).getMessage(),
                    "one VM cannot free another's memory");
            first.close();
            assertEquals("second VM", second.fromCString(kept), "closing one VM leaves the other alone");
        }
    }
}
