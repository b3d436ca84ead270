package org.runavm.stdlib.math.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.stdlib.testkit.ModuleHarness;

class StatisticsFunctionsTest {
    private final ModuleHarness math = ModuleHarness.of(new MathModule());

    @Test
    void meanMedianVarianceStdev() {
        List<Object> data = List.of(2L, 4L, 4L, 4L, 5L, 5L, 7L, 9L);
        assertEquals(5.0, math.call("mean", data));
        assertEquals(4.5, math.call("median", data));
        assertEquals(3.0, math.call("median", List.of(5L, 1L, 3.0)));
        assertEquals(32.0 / 7, math.call("variance", data));
        assertEquals(Math.sqrt(32.0 / 7), math.call("stdev", data));
    }

    @Test
    void compensatedSumDoesNotDrift() {
        assertEquals(0.1, math.call("mean", Collections.nCopies(1_000_000, 0.1)));
    }

    @Test
    void tooFewOrWrongValues() {
        assertEquals("math.mean needs at least 1 value, got 0", math.raises("ValueError", "mean", List.of()));
        assertEquals("math.stdev needs at least 2 values, got 1", math.raises("ValueError", "stdev", List.of(1L)));
        math.raises("TypeError", "median", List.of("a"));
        math.raises("TypeError", "mean", 5);
    }
}
