package org.runavm.stdlib.math.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.stdlib.testkit.ModuleHarness;

class MathModuleTest {
    private final ModuleHarness math = ModuleHarness.of(new MathModule());

    @Test
    void declaresEveryFunctionOfTheSpecification() {
        for (String name : List.of("sqrt", "cbrt", "pow", "exp", "log", "log10", "sin", "cos", "tan", "asin",
                "acos", "atan", "atan2", "hypot", "floor", "ceil", "round", "abs", "min", "max", "gcd", "lcm",
                "is_nan", "is_infinite", "random", "random_int", "seed")) {
            assertTrue(math.functionNames().contains(name), name);
        }
        assertEquals("math", new MathModule().name());
    }

    @Test
    void constantsAreDecimals() {
        assertEquals(Math.PI, math.constant("pi"));
        assertEquals(Math.E, math.constant("e"));
        assertEquals(2 * Math.PI, math.constant("tau"));
        assertEquals(Double.POSITIVE_INFINITY, math.constant("inf"));
        assertTrue(((Double) math.constant("nan")).isNaN());
    }
}
