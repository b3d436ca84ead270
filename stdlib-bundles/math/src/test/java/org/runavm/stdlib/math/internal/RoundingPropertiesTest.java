package org.runavm.stdlib.math.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.runavm.stdlib.testkit.ModuleHarness;

class RoundingPropertiesTest {
    private final ModuleHarness math = ModuleHarness.of(new MathModule());

    @Property(tries = 300)
    void roundAgreesWithExactHalfUpOnTheBinaryValue(@ForAll @DoubleRange(min = -1e15, max = 1e15) double x) {
        long expected = new BigDecimal(x).setScale(0, RoundingMode.HALF_UP).longValueExact();
        assertEquals(expected, math.call("round", x));
    }

    @Property(tries = 300)
    void floorAndCeilBracketTheValue(@ForAll @DoubleRange(min = -1e15, max = 1e15) double x) {
        long floor = (Long) math.call("floor", x);
        long ceil = (Long) math.call("ceil", x);
        assertTrue(floor <= x && x < floor + 1);
        assertTrue(ceil - 1 < x && x <= ceil);
    }

    @Property(tries = 300)
    void gcdDividesBothAndLcmIsAMultiple(@ForAll int a, @ForAll int b) {
        long g = (Long) math.call("gcd", a, b);
        if (g != 0) {
            assertEquals(0, a % g);
            assertEquals(0, b % g);
            assertEquals(Math.abs((long) a * b), g * (Long) math.call("lcm", a, b));
        }
    }
}
