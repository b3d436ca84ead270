package org.runavm.stdlib.text.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.runavm.stdlib.testkit.ModuleHarness;
import org.runavm.stdlib.testkit.TestFunction;

class RegexFunctionsTest {
    private final ModuleHarness text = ModuleHarness.of(new TextModule());

    @Test
    void matchesIsAWholeTextMatch() {
        assertEquals(true, text.call("matches", "\\d+", "123"));
        assertEquals(false, text.call("matches", "\\d+", "123a"));
    }

    @Test
    void findAndFindAll() {
        assertEquals("42", text.call("find", "\\d+", "a42b7"));
        assertNull(text.call("find", "\\d+", "none"));
        assertEquals(List.of("42", "7"), text.call("find_all", "\\d+", "a42b7"));
        assertEquals(List.of(), text.call("find_all", "x", "abc"));
        assertEquals(Arrays.asList("2026", "11", null), text.call("groups", "(\\d+)-(\\d+)(-x)?", "on 2026-11"));
        assertNull(text.call("groups", "(a)", "b"));
    }

    @Test
    void replaceAllWithGroupsOrAFunction() {
        assertEquals("11-2026", text.call("replace_all", "(\\d+)-(\\d+)", "2026-11", "$2-$1"));
        assertEquals("A1 B2", text.call("replace_all", "[a-z]", "a1 b2",
                new TestFunction(args -> ((String) args[0]).toUpperCase())));
        assertEquals("text.replace_all: invalid replacement \"$9\": No group 9",
                text.raises("ValueError", "replace_all", "(a)", "a", "$9"));
    }

    @Test
    void splitKeepsEmptyPieces() {
        assertEquals(List.of("a", "b", "", "c", ""), text.call("split_regex", "[,;]", "a,b;;c,"));
    }

    @Test
    void badPatternIsAValueErrorNamingIt() {
        assertEquals("text.find: invalid pattern \"(ab\": Unclosed group near index 3",
                text.raises("ValueError", "find", "(ab", "x"));
    }

    @Test
    void escapeRegex() {
        String quoted = (String) text.call("escape_regex", "a.b*");
        assertEquals(true, text.call("matches", quoted, "a.b*"));
        assertEquals(false, text.call("matches", quoted, "axb"));
    }
}
