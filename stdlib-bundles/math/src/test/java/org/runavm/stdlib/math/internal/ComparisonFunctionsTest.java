package org.runavm.stdlib.math.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.module.RunaTuple;
import org.runavm.stdlib.testkit.ModuleHarness;

class ComparisonFunctionsTest {
    private final ModuleHarness math = ModuleHarness.of(new MathModule());

    @Test
    void minAndMaxReturnTheChosenValue() {
        assertEquals(1L, math.call("min", 3, 1, 2.5));
        assertEquals(2.5, math.call("max", 1, 2.5, 2));
        assertEquals(9L, math.call("max", List.of(4, 9, 2)));
        assertEquals(-1.0, math.call("min", RunaTuple.of(0L, -1.0)));
    }

    @Test
    void largeIntegersCompareExactly() {
        long big = (1L << 53) + 1;
        assertEquals(big, math.call("max", big, (double) (1L << 53)));
    }

    @Test
    void nanWinsAndEmptyIsAnError() {
        assertEquals(Double.NaN, math.call("max", 1, Double.NaN, 3));
        assertEquals("math.min of an empty collection", math.raises("ValueError", "min", List.of()));
        assertEquals("math.max expects a number, not Text", math.raises("TypeError", "max", 1, "2"));
    }

    @Test
    void clamp() {
        assertEquals(5L, math.call("clamp", 7, 0, 5));
        assertEquals(0.5, math.call("clamp", 0.5, 0, 1));
        math.raises("ValueError", "clamp", 1, 5, 0);
    }
}
