package org.runavm.ffi.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.runavm.kernel.ffi.ForeignException;
import org.runavm.kernel.ffi.ForeignType;

/** Conversions agree with C's integer ranges for every value, and C strings round-trip any text. */
class ConversionPropertiesTest {
    private static final ForeignType[] INTEGER_TYPES = {ForeignType.INT8, ForeignType.INT16, ForeignType.INT32,
        ForeignType.INT64, ForeignType.UINT8, ForeignType.UINT16, ForeignType.UINT32, ForeignType.UINT64,
        ForeignType.INTEGER};

    @Property
    void anIntegerRoundTripsExactlyWhenItFits(@ForAll long value) {
        for (ForeignType type : INTEGER_TYPES) {
            if (fits(type, value)) {
                assertEquals(value, ResultConverter.toJava(type, ArgumentConverter.toNative(type, value, "x")), type.name());
            } else {
                ForeignException e = assertThrows(ForeignException.class,
                        () -> ArgumentConverter.toNative(type, value, "f: parameter x"));
                assertTrue(e.getMessage().startsWith("f: parameter x (" + type.runaName() + ") cannot hold " + value),
                        e.getMessage());
            }
        }
    }

    @Property
    void smallValuesFitEverySignedType(@ForAll @LongRange(min = -128, max = 127) long value) {
        for (ForeignType type : new ForeignType[] {ForeignType.INT8, ForeignType.INT16, ForeignType.INT32}) {
            assertEquals(value, ResultConverter.toJava(type, ArgumentConverter.toNative(type, value, "x")));
        }
    }

    @Property(tries = 200)
    void cStringsRoundTripAnyText(@ForAll String text) {
        Assume.that(text.indexOf('\0') < 0);
        // an unpaired surrogate has no UTF-8 form; C sees what Java's encoder makes of it
        String expected = new String(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
        NativeMemory memory = new NativeMemory();
        try {
            long address = memory.toCString(text);
            assertEquals(expected, memory.fromCString(address));
        } finally {
            memory.freeAll();
        }
    }

    private static boolean fits(ForeignType type, long value) {
        return switch (type) {
            case INT8 -> value == (byte) value;
            case INT16 -> value == (short) value;
            case INT32 -> value == (int) value;
            case UINT8 -> value >= 0 && value <= 0xFF;
            case UINT16 -> value >= 0 && value <= 0xFFFF;
            case UINT32 -> value >= 0 && value <= 0xFFFF_FFFFL;
            case INTEGER -> NativeTypes.C_LONG.byteSize() == 8 || value == (int) value;
            default -> true;
        };
    }
}
