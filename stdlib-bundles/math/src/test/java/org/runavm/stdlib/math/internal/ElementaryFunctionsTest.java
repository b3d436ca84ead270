package org.runavm.stdlib.math.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.runavm.stdlib.testkit.ModuleHarness;

class ElementaryFunctionsTest {
    private final ModuleHarness math = ModuleHarness.of(new MathModule());

    @Test
    void integerArgumentsGiveDecimals() {
        assertEquals(1.4142135623730951, math.call("sqrt", 2));
        assertEquals(3.0, math.call("sqrt", 9));
        assertEquals(-3.0, math.call("cbrt", -27));
        assertEquals(1024.0, math.call("pow", 2, 10));
        assertEquals(5.0, math.call("hypot", 3, 4));
        assertEquals(Math.PI / 4, math.call("atan2", 1, 1));
    }

    @Test
    void logarithms() {
        assertEquals(1.0, math.call("log", Math.E));
        assertEquals(3.0, math.call("log", 8, 2));
        assertEquals(3.0, math.call("log10", 1000));
        assertEquals(29.0, math.call("log2", 1 << 29));
    }

    @Test
    void domainErrorsAreValueErrorsNamingTheFunction() {
        assertEquals("math.sqrt: domain error: -1.0", math.raises("ValueError", "sqrt", -1.0));
        assertEquals("math.log: domain error: 0", math.raises("ValueError", "log", 0));
        assertEquals("math.log: domain error: -2", math.raises("ValueError", "log", -2));
        assertEquals("math.log: domain error: base 1", math.raises("ValueError", "log", 8, 1));
        math.raises("ValueError", "asin", 2);
        math.raises("ValueError", "sin", Double.POSITIVE_INFINITY);
        math.raises("ValueError", "pow", 0, -1);
        math.raises("ValueError", "pow", -8, 1.0 / 3);
    }

    @Test
    void nanPropagatesAndOverflowIsInfinity() {
        assertEquals(Double.NaN, math.call("sqrt", Double.NaN));
        assertEquals(Double.POSITIVE_INFINITY, math.call("exp", 1000));
    }

    @Test
    void wrongTypeIsTypeError() {
        math.raises("TypeError", "sqrt", "4");
        math.raises("TypeError", "is_nan", "x");
    }

    @Test
    void classification() {
        assertEquals(true, math.call("is_nan", Double.NaN));
        assertEquals(false, math.call("is_nan", 3));
        assertEquals(true, math.call("is_infinite", Double.NEGATIVE_INFINITY));
        assertEquals(false, math.call("is_infinite", Long.MAX_VALUE));
        assertEquals(false, math.call("is_finite", Double.NaN));
        assertEquals(true, math.call("is_finite", 7));
    }

    @Test
    void angles() {
        assertEquals(180.0, math.call("degrees", Math.PI));
        assertEquals(Math.PI, math.call("radians", 180));
    }
}
