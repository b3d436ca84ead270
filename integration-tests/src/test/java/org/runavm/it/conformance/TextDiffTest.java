package org.runavm.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextDiffTest {
    @Test
    void equalTextsShowOnlyCommonLines() {
        assertEquals("  a\n  b\n", TextDiff.of("a\nb\n", "a\nb\n"));
    }

    @Test
    void aChangedLineShowsAsRemovedAndAdded() {
        assertEquals("  1\n- 2\n+ two\n  3\n", TextDiff.of("1\n2\n3\n", "1\ntwo\n3\n"));
    }

    @Test
    void missingAndExtraLinesAreMarked() {
        assertEquals("  a\n- b\n  c\n+ d\n", TextDiff.of("a\nb\nc\n", "a\nc\nd\n"));
    }

    @Test
    void aMissingFinalNewlineIsVisible() {
        assertEquals("  done\n+ " + TextDiff.NO_NEWLINE + "\n", TextDiff.of("done\n", "done"));
    }

    @Test
    void emptyExpectedOutputShowsEverythingAsAdded() {
        assertEquals("+ surprise\n", TextDiff.of("", "surprise\n"));
    }
}
