package org.runavm.stdlib.math.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.runavm.stdlib.testkit.ModuleHarness;

class IntegerFunctionsTest {
    private final ModuleHarness math = ModuleHarness.of(new MathModule());

    @Test
    void gcdAndLcm() {
        assertEquals(6L, math.call("gcd", 12, -18));
        assertEquals(4L, math.call("gcd", 8, 12, 20));
        assertEquals(5L, math.call("gcd", 0, 5));
        assertEquals(36L, math.call("lcm", 12, 18));
        assertEquals(0L, math.call("lcm", 0, 7));
        assertEquals(2L, math.call("gcd", Long.MIN_VALUE, 2));
    }

    @Test
    void overflowIsAnError() {
        math.raises("OverflowError", "gcd", Long.MIN_VALUE, 0);
        math.raises("OverflowError", "lcm", Long.MAX_VALUE, Long.MAX_VALUE - 1);
        assertEquals("math.factorial: 21! does not fit in an Integer", math.raises("OverflowError", "factorial", 21));
    }

    @Test
    void factorialAndIsqrt() {
        assertEquals(2432902008176640000L, math.call("factorial", 20));
        assertEquals(1L, math.call("factorial", 0));
        math.raises("ValueError", "factorial", -1);
        assertEquals(3037000499L, math.call("isqrt", Long.MAX_VALUE));
        assertEquals(4L, math.call("isqrt", 24));
    }

    @Test
    void decimalsAreRejected() {
        math.raises("TypeError", "gcd", 4.0, 2);
    }
}
