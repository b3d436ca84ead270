package org.runavm.stdlib.math.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.runavm.stdlib.testkit.ModuleHarness;

class RoundingFunctionsTest {
    private final ModuleHarness math = ModuleHarness.of(new MathModule());

    @Test
    void roundIsHalfAwayFromZeroAndGivesIntegers() {
        assertEquals(3L, math.call("round", 2.5));
        assertEquals(-3L, math.call("round", -2.5));
        assertEquals(0L, math.call("round", 0.49999999999999994));
        assertEquals(-2L, math.call("round", -2.4));
        assertEquals(7L, math.call("round", 7));
    }

    @Test
    void roundToDigits() {
        assertEquals(2.68, math.call("round", 2.675, 2));
        assertEquals(-1.5, math.call("round", -1.45, 1));
        assertEquals(1200L, math.call("round", 1249, -2));
        assertEquals(1300L, math.call("round", 1250, -2));
        assertEquals(-1300L, math.call("round", -1250, -2));
        assertEquals(1234L, math.call("round", 1234, 2));
    }

    @Test
    void floorCeilTrunc() {
        assertEquals(-4L, math.call("floor", -3.5));
        assertEquals(-3L, math.call("ceil", -3.5));
        assertEquals(-3L, math.call("trunc", -3.5));
        assertEquals(3L, math.call("trunc", 3.9));
        assertEquals(Long.MIN_VALUE, math.call("floor", -0x1p63));
    }

    @Test
    void unrepresentableIntegersRaise() {
        assertEquals("math.floor: 1.0E20 does not fit in an Integer", math.raises("OverflowError", "floor", 1e20));
        math.raises("OverflowError", "ceil", Double.POSITIVE_INFINITY);
        math.raises("OverflowError", "round", 0x1p63);
        assertEquals("math.round: cannot convert NaN to an Integer", math.raises("ValueError", "round", Double.NaN));
    }

    @Test
    void absAndSignKeepTheType() {
        assertEquals(5L, math.call("abs", -5));
        assertEquals(2.5, math.call("abs", -2.5));
        math.raises("OverflowError", "abs", Long.MIN_VALUE);
        assertEquals(-1L, math.call("sign", -9));
        assertEquals(1.0, math.call("sign", 0.1));
    }
}
