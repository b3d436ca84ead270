package org.runavm.stdlib.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.module.ModuleDefinition;
import org.runavm.kernel.module.NativeError;
import org.runavm.kernel.module.NativeModule;

/** The harness is strict in the ways an engine is, so module tests catch mapping and arity mistakes. */
class ModuleHarnessTest {
    private static final NativeModule SAMPLE = new NativeModule() {
        @Override
        public String name() {
            return "sample";
        }

        @Override
        public String version() {
            return "1";
        }

        @Override
        public void define(ModuleDefinition d) {
            d.function("twice", 1, 1, call -> call.returnInteger(2 * call.integer(0)));
            d.function("boxed", 0, 0, call -> call.returnValue(List.of(Integer.valueOf(1))));
            d.function("apply", 2, 2, call -> call.returnValue(call.callFunction(0, call.argument(1))));
            d.function("fail", 0, 0, call -> call.raise("ValueError", "no"));
            d.constant("answer", 42L);
        }
    };

    private final ModuleHarness harness = ModuleHarness.of(SAMPLE);

    @Test
    void callsWithWidenedIntegers() {
        assertEquals(14L, harness.call("twice", 7));
        assertEquals(42L, harness.constant("answer"));
        assertEquals(List.of(1L, 2L), harness.call("apply", new TestFunction(a -> a[0]), List.of(1, 2)));
    }

    @Test
    void arityAndScalarTypesAreTypeErrors() {
        assertEquals("twice takes 1..1 arguments, not 2", harness.raises("TypeError", "twice", 1, 2));
        assertEquals("argument 1 must be Integer, not Text", harness.raises("TypeError", "twice", "7"));
    }

    @Test
    void resultsMustFollowTheJavaMapping() {
        assertThrows(IllegalArgumentException.class, () -> harness.call("boxed"));
    }

    @Test
    void raisesChecksTheErrorType() {
        assertEquals("no", harness.raises("ValueError", "fail"));
        assertThrows(AssertionError.class, () -> harness.raises("TypeError", "fail"));
        assertThrows(AssertionError.class, () -> harness.raises("ValueError", "twice", 1));
        assertThrows(NativeError.class, () -> harness.call("fail"));
        assertEquals(Map.of(), JavaValues.normalize(Map.of()));
    }
}
