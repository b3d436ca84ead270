package org.runavm.kernel.ffi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ForeignSignatureTest {
    @Test
    void parametersAreNamedByNameOrPosition() {
        ForeignSignature named = new ForeignSignature(List.of(ForeignType.POINTER), ForeignType.INT32, true,
                List.of("format"));
        assertEquals("format", named.parameterName(0));
        ForeignSignature unnamed = ForeignSignature.of(ForeignType.INT32, ForeignType.INT32, ForeignType.INT8);
        assertEquals("#2", unnamed.parameterName(1));
        assertFalse(unnamed.variadic());
    }

    @Test
    void voidIsOnlyAResultAndNamesMustMatchParameters() {
        assertThrows(IllegalArgumentException.class, () -> ForeignSignature.of(ForeignType.VOID, ForeignType.VOID));
        assertThrows(IllegalArgumentException.class, () -> new ForeignSignature(List.of(ForeignType.INT32),
                ForeignType.VOID, false, List.of("a", "b")));
    }

    @Test
    void pointersPrintAsHexAndKnowNull() {
        assertEquals("0xff", new Pointer(255).toString());
        assertTrue(Pointer.NULL.isNull());
        assertFalse(new Pointer(1).isNull());
    }
}
