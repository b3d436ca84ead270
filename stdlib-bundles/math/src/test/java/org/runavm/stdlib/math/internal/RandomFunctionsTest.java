package org.runavm.stdlib.math.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.security.Permission;
import org.runavm.stdlib.testkit.ModuleHarness;
import org.runavm.stdlib.testkit.TestEnvironment;

class RandomFunctionsTest {

    @Test
    void seedingMakesTheSequenceReproduciblePerVm() {
        ModuleHarness first = ModuleHarness.of(new MathModule());
        ModuleHarness second = ModuleHarness.of(new MathModule());
        first.call("seed", 42);
        second.call("seed", 42);
        List<Object> a = new ArrayList<>();
        List<Object> b = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            a.add(first.call("random"));
            a.add(first.call("random_int", 1, 1000));
            b.add(second.call("random"));
            b.add(second.call("random_int", 1, 1000));
        }
        assertEquals(a, b);
        assertEquals(10, new HashSet<>(a).size());
        first.call("seed", 42);
        assertEquals(a.getFirst(), first.call("random"));
    }

    @Test
    void randomIsInTheUnitInterval() {
        ModuleHarness math = ModuleHarness.of(new MathModule());
        for (int i = 0; i < 1000; i++) {
            double x = (Double) math.call("random");
            assertTrue(x >= 0 && x < 1, "random() = " + x);
        }
    }

    @Test
    void randomIntIsInclusiveAndCoversTheRange() {
        ModuleHarness math = ModuleHarness.of(new MathModule());
        math.call("seed", 7);
        HashSet<Object> seen = new HashSet<>();
        for (int i = 0; i < 200; i++) {
            seen.add(math.call("random_int", 1, 3));
        }
        assertEquals(new HashSet<>(List.of(1L, 2L, 3L)), seen);
        assertEquals(5L, math.call("random_int", 5, 5));
        math.call("random_int", Long.MIN_VALUE, Long.MAX_VALUE);
        math.call("random_int", 0, Long.MAX_VALUE);
        assertEquals("math.random_int: low 3 is greater than high 1", math.raises("ValueError", "random_int", 3, 1));
    }

    @Test
    void deniedEntropyRaisesUntilTheProgramSeeds() {
        TestEnvironment sandbox = TestEnvironment.sandboxed().deny(Permission.RANDOM, "");
        ModuleHarness math = sandbox.bind(new MathModule());
        assertEquals("random denied", math.denied("random"));
        assertEquals("random denied", math.denied("random_int", 1, 2));
        math.call("seed", 1);
        double x = (Double) math.call("random");
        assertTrue(x >= 0 && x < 1);
    }

    @Test
    void sandboxAllowsEntropyByDefault() {
        ModuleHarness math = TestEnvironment.sandboxed().bind(new MathModule());
        math.call("random");
        assertEquals(Permission.RANDOM, math.environment().security().requests().getFirst().permission());
    }

    @Test
    void choiceAndShuffled() {
        ModuleHarness math = ModuleHarness.of(new MathModule());
        math.call("seed", 3);
        List<Object> items = List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L);
        assertTrue(items.contains(math.call("choice", items)));
        @SuppressWarnings("unchecked")
        List<Object> shuffled = (List<Object>) math.call("shuffled", items);
        assertEquals(new HashSet<>(items), new HashSet<>(shuffled));
        assertNotEquals(items, shuffled);
        math.raises("ValueError", "choice", List.of());
        double u = (Double) math.call("uniform", 2, 3);
        assertTrue(u >= 2 && u < 3);
    }
}
