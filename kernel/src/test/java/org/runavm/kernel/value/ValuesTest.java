package org.runavm.kernel.value;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.*;

class ValuesTest {
    @Test
    void decimalPayloadRoundTripsEveryBitPattern() {
        long quietNanWithPayload = 0x7ff8_0000_dead_beefL;
        assertEquals(quietNanWithPayload, Values.decimalBits(Values.decimal(quietNanWithPayload)));
        assertEquals(-0.0, Values.decimal(Values.decimalBits(-0.0)));
        assertEquals(0x8000_0000_0000_0000L, Values.decimalBits(-0.0));
    }

    @Test
    void integerEqualsIntegralDecimal() {
        assertTrue(Values.numbersEqual(Tag.INTEGER, 1, Tag.DECIMAL, Values.decimalBits(1.0)));
        assertTrue(Values.numbersEqual(Tag.DECIMAL, Values.decimalBits(-3.0), Tag.INTEGER, -3));
        assertFalse(Values.numbersEqual(Tag.INTEGER, 1, Tag.DECIMAL, Values.decimalBits(1.5)));
    }

    @Test
    void mixedEqualityDoesNotRoundThroughDouble() {
        long big = (1L << 53) + 1;
        assertFalse(Values.numbersEqual(Tag.INTEGER, big, Tag.DECIMAL, Values.decimalBits(0x1p53)));
        assertFalse(Values.numbersEqual(Tag.INTEGER, Long.MAX_VALUE, Tag.DECIMAL, Values.decimalBits(0x1p63)));
        assertTrue(Values.numbersEqual(Tag.INTEGER, Long.MIN_VALUE, Tag.DECIMAL, Values.decimalBits(-0x1p63)));
    }

    @Test
    void nanIsNotEqualToItself() {
        long nan = Values.decimalBits(Double.NaN);
        assertFalse(Values.numbersEqual(Tag.DECIMAL, nan, Tag.DECIMAL, nan));
    }

    @Test
    void equalNumbersHashAlike() {
        assertEquals(Values.numberHash(Tag.INTEGER, 1), Values.numberHash(Tag.DECIMAL, Values.decimalBits(1.0)));
        assertEquals(Values.numberHash(Tag.INTEGER, 0), Values.numberHash(Tag.DECIMAL, Values.decimalBits(-0.0)));
        assertNotEquals(Values.numberHash(Tag.INTEGER, 1), Values.numberHash(Tag.INTEGER, 2));
    }

    @Test
    void boxedValuePrintsLikeRuna() {
        assertEquals("1.0E20", Value.ofDecimal(1e20).toString());
        assertEquals("true", Value.ofBoolean(true).toString());
        assertEquals("null", Value.NULL.toString());
        assertThrows(IllegalArgumentException.class, () -> new Value((byte) 42, 0));
    }
}
