package org.runavm.it.conformance;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.RuntimeDescription;
import org.runavm.kernel.config.CollectorChoice;
import org.runavm.kernel.config.JitMode;
import org.runavm.kernel.config.VmConfig;

class CombinationTest {
    @Test
    void configuresTheInterpreterAndTheCollector() {
        VmConfig config = Combination.INTERPRETER_COMPACT.configure(VmConfig.builder()).build();
        assertEquals(JitMode.OFF, config.jit());
        assertEquals(CollectorChoice.COMPACT, config.collector());
        assertEquals(CollectorChoice.GENERATIONAL,
                Combination.INTERPRETER_GENERATIONAL.configure(VmConfig.builder()).build().collector());
    }

    @Test
    void passesTheSameChoiceOnTheCommandLine() {
        assertArrayEquals(new String[] {"--jit=off", "--gc=compact"}, Combination.INTERPRETER_COMPACT.flags());
        assertEquals("interpreter x compact (server)", Combination.INTERPRETER_COMPACT.description());
    }

    @Test
    void namesWhatARuntimeLacks() {
        RuntimeDescription generationalOnly = runtime(List.of("interpreter"), List.of("generational"));
        assertEquals(Optional.empty(), Combination.INTERPRETER_GENERATIONAL.missingFrom(generationalOnly));
        assertTrue(Combination.INTERPRETER_COMPACT.missingFrom(generationalOnly).orElseThrow().contains("no compact collector"));
        assertTrue(Combination.INTERPRETER_GENERATIONAL.missingFrom(runtime(List.of(), List.of("generational")))
                .orElseThrow().contains("no interpreter"));
    }

    private static RuntimeDescription runtime(List<String> engines, List<String> collectors) {
        return new RuntimeDescription("0.1.0", "1.2", engines, List.of(), collectors, Map.of(), true, false);
    }
}
