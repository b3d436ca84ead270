package org.runavm.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OutcomeComparisonTest {
    private static final String REPORT = "Error: Error: x\n  at <main> (a/b.runa:1:1)\n";

    @Test
    void anExactMatchHasNoDifferences() {
        Expectation expected = new Expectation("1\n", REPORT, 1);
        assertEquals(Optional.empty(), OutcomeComparison.differences(expected, new Outcome("1\n", REPORT, 1)));
    }

    @Test
    void aWrongStatusIsNamed() {
        String message = OutcomeComparison.differences(new Expectation("", "", 0), new Outcome("", "", 1)).orElseThrow();
        assertEquals("exit status: expected 0 but was 1", message);
    }

    @Test
    void differentOutputShowsALineDiff() {
        String message = OutcomeComparison.differences(new Expectation("1.0\n", "", 0), new Outcome("1\n", "", 0))
                .orElseThrow();
        assertTrue(message.startsWith("standard output differs"), message);
        assertTrue(message.contains("- 1.0\n+ 1\n"), message);
    }

    @Test
    void aRuntimeErrorReportIsComparedWhole() {
        Expectation expected = new Expectation("", "Error: Error: x\n", 1);
        String message = OutcomeComparison.differences(expected, new Outcome("", REPORT, 1)).orElseThrow();
        assertTrue(message.startsWith("standard error differs"), message);
        assertTrue(message.contains("+   at <main> (a/b.runa:1:1)"), message);
    }

    @Test
    void aCompileErrorIsComparedOnItsLeadingLines() {
        String header = "c/bad.runa:1:9: error: `y` is not declared\n";
        Expectation expected = new Expectation("", header, 3);
        Outcome actual = new Outcome("", header + "Display y\n        ^\n1 error\n", 3);
        assertEquals(Optional.empty(), OutcomeComparison.differences(expected, actual));
    }

    @Test
    void aCompileErrorWithAnotherMessageDiffers() {
        Expectation expected = new Expectation("", "c/bad.runa:1:9: error: `y` is not declared\n", 3);
        Outcome actual = new Outcome("", "c/bad.runa:1:1: error: something else\nDisplay y\n^\n1 error\n", 3);
        String message = OutcomeComparison.differences(expected, actual).orElseThrow();
        assertTrue(message.startsWith("standard error's first lines differ"), message);
        assertTrue(message.contains("+ c/bad.runa:1:1: error: something else"), message);
    }

    @Test
    void windowsLineEndsCompareEqual() {
        Expectation expected = new Expectation("a\nb\n", "", 0);
        assertEquals(Optional.empty(), OutcomeComparison.differences(expected, new Outcome("a\r\nb\r\n", "", 0)));
    }

    @Test
    void leadingLinesStopAtTheActualEnd() {
        assertEquals("one\n", OutcomeComparison.leadingLines("one\n", "x\ny\n"));
        assertEquals("one\n", OutcomeComparison.leadingLines("one\ntwo\n", "x\n"));
        assertEquals("", OutcomeComparison.leadingLines("one\n", ""));
    }
}
