package org.runavm.security.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void distanceCountsEdits() {
        assertEquals(0, Suggestions.distance("access", "access"));
        assertEquals(1, Suggestions.distance("acess", "access"));
        assertEquals(2, Suggestions.distance("filesytsem", "filesystem"));
        assertEquals(6, Suggestions.distance("", "access"));
    }

    @Test
    void suggestsTheClosestLikelyMisspelling() {
        List<String> keys = List.of("path", "access");
        assertEquals(Optional.of("access"), Suggestions.closest("acess", keys));
        assertEquals(Optional.of("path"), Suggestions.closest("pth", keys));
        assertEquals(Optional.of("filesystem"), Suggestions.closest("filesytsem", List.of("filesystem", "network", "system")));
    }

    @Test
    void suggestsNothingForUnrelatedWords() {
        assertEquals(Optional.empty(), Suggestions.closest("colour", List.of("path", "access")));
        assertEquals(Optional.empty(), Suggestions.closest("x", List.of("path", "access")));
        assertEquals(Optional.empty(), Suggestions.closest("path", List.of()));
    }
}
