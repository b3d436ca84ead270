package org.runavm.launcher.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {
    @Test
    void distanceCountsEdits() {
        assertEquals(0, Suggestions.distance("jit", "jit"));
        assertEquals(1, Suggestions.distance("gc-max-heep", "gc-max-heap"));
        assertEquals(3, Suggestions.distance("", "abc"));
        assertEquals(2, Suggestions.distance("optimise", "optimize") + 1);
    }

    @Test
    void suggestsOnlyCloseNames() {
        List<String> names = List.of("--jit", "--gc", "--threads", "--sandbox");
        assertEquals(Optional.of("--threads"), Suggestions.closest("--thread", names));
        assertEquals(Optional.empty(), Suggestions.closest("--frobnicate", names));
        assertEquals("", Suggestions.hint("--zzzzzzzz", names));
        assertEquals(" (did you mean --jit?)", Suggestions.hint("--jitt", names));
    }
}
