package org.runavm.ffi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.foreign.MemorySegment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignType;
import org.runavm.kernel.ffi.Pointer;

class ArgumentConverterTest {
    @ParameterizedTest
    @CsvSource({
        "INT8, -128", "INT8, 127", "INT16, -32768", "INT16, 32767", "INT32, -2147483648", "INT32, 2147483647",
        "UINT8, 0", "UINT8, 255", "UINT16, 65535", "UINT32, 4294967295", "INT64, -9223372036854775808",
        "UINT64, -1", "INTEGER, 9223372036854775807"})
    void acceptsTheEdgesOfEachRange(ForeignType type, long value) {
        Object carrier = ArgumentConverter.toNative(type, value, "f: parameter x");
        assertEquals(value, ResultConverter.toJava(type, carrier), "round trip of " + value + " as " + type);
    }

    @ParameterizedTest
    @CsvSource({
        "INT8, 128, -128..127", "INT8, -129, -128..127", "INT16, 32768, -32768..32767",
        "INT32, 2147483648, -2147483648..2147483647", "UINT8, 256, 0..255", "UINT8, -1, 0..255",
        "UINT16, -1, 0..65535", "UINT32, 4294967296, 0..4294967295"})
    void refusesValuesOutsideTheRange(ForeignType type, long value, String range) {
        ForeignException e = assertThrows(ForeignException.class,
                () -> ArgumentConverter.toNative(type, value, "f: parameter x"));
        assertEquals("f: parameter x (" + type.runaName() + ") cannot hold " + value + "; its range is " + range,
                e.getMessage());
    }

    @Test
    void unsignedValuesAreCarriedInTheirBits() {
        assertEquals((byte) -1, ArgumentConverter.toNative(ForeignType.UINT8, 255L, "x"));
        assertEquals(-1, ArgumentConverter.toNative(ForeignType.UINT32, 4294967295L, "x"));
    }

    @Test
    void floatsAndDoubles() {
        assertEquals(1.5f, ArgumentConverter.toNative(ForeignType.FLOAT32, 1.5, "x"));
        assertEquals(2.0, ArgumentConverter.toNative(ForeignType.DECIMAL, 2L, "x"));
        assertEquals(Float.POSITIVE_INFINITY,
                ArgumentConverter.toNative(ForeignType.FLOAT32, Double.POSITIVE_INFINITY, "x"));
        assertEquals("f: parameter x (Float32) cannot hold 1.0E300; its largest magnitude is 3.4028235E38",
                assertThrows(ForeignException.class,
                        () -> ArgumentConverter.toNative(ForeignType.FLOAT32, 1e300, "f: parameter x")).getMessage());
    }

    @Test
    void pointersTakePointersAddressesAndNull() {
        assertEquals(MemorySegment.ofAddress(16), ArgumentConverter.toNative(ForeignType.POINTER, new Pointer(16), "x"));
        assertEquals(MemorySegment.ofAddress(16), ArgumentConverter.toNative(ForeignType.POINTER, 16L, "x"));
        assertEquals(MemorySegment.NULL, ArgumentConverter.toNative(ForeignType.POINTER, null, "x"));
        assertEquals("p: parameter s (Pointer) needs a Pointer, got Text (pass text to C as text.to_c_string())",
                assertThrows(ForeignException.class,
                        () -> ArgumentConverter.toNative(ForeignType.POINTER, "hi", "p: parameter s")).getMessage());
    }

    @Test
    void typeMismatchesNameBothTypes() {
        assertEquals("f: parameter b (Boolean) needs a Boolean, got Integer", assertThrows(ForeignException.class,
                () -> ArgumentConverter.toNative(ForeignType.BOOLEAN, 1L, "f: parameter b")).getMessage());
        assertEquals("f: parameter d (Decimal) needs a Decimal, got null", assertThrows(ForeignException.class,
                () -> ArgumentConverter.toNative(ForeignType.DECIMAL, null, "f: parameter d")).getMessage());
    }

    @Test
    void variadicTypesFollowTheValues() {
        assertEquals(ForeignType.POINTER, ArgumentConverter.variadicType(new Pointer(1), "a"));
        assertEquals(ForeignType.POINTER, ArgumentConverter.variadicType(null, "a"));
        assertEquals(ForeignType.INTEGER, ArgumentConverter.variadicType(1L, "a"));
        assertEquals(ForeignType.DECIMAL, ArgumentConverter.variadicType(1.0, "a"));
        assertEquals(ForeignType.BOOLEAN, ArgumentConverter.variadicType(true, "a"));
        assertEquals("f: argument 3 is a Object, which C cannot take: pass an Integer, Decimal, Boolean or Pointer",
                assertThrows(ForeignException.class,
                        () -> ArgumentConverter.variadicType(new Object(), "f: argument 3")).getMessage());
    }
}
