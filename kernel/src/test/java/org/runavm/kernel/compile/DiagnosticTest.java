package org.runavm.kernel.compile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiagnosticTest {

    @Test
    void formatsHeaderSourceLineAndCaret() {
        Diagnostic d = Diagnostic.error("app.runa", 3, 9, "`total` is not declared");
        assertEquals("app.runa:3:9: error: `total` is not declared\n"
                + "Display total\n"
                + "        ^", d.format("Display total"));
    }

    @Test
    void caretKeepsTabsAndCountsCodePoints() {
        Diagnostic d = Diagnostic.error("a.runa", 1, 4, "m");
        assertEquals("a.runa:1:4: error: m\n\t😀x y\n\t  ^", d.format("\t😀x y"));
    }

    @Test
    void caretPastEndOfLine() {
        Diagnostic d = Diagnostic.error("a.runa", 1, 6, "m");
        assertEquals("a.runa:1:6: error: m\nab\n     ^", d.format("ab"));
    }

    @Test
    void nullSourceLinePrintsHeaderOnly() {
        assertEquals("a.runa:2:1: error: m", Diagnostic.error("a.runa", 2, 1, "m").format(null));
    }

    @Test
    void rejectsZeroBasedPositions() {
        assertThrows(IllegalArgumentException.class, () -> Diagnostic.error("a", 0, 1, "m"));
    }

    @Test
    void sourceFileLineLookup() {
        SourceFile f = new SourceFile("a.runa", "one\r\ntwo\nthree");
        assertEquals("one", f.line(1));
        assertEquals("two", f.line(2));
        assertEquals("three", f.line(3));
        assertEquals("", f.line(4));
    }

    @Test
    void exceptionSummarisesAndKeepsAll() {
        var list = List.of(Diagnostic.error("a", 1, 1, "x"), Diagnostic.error("a", 2, 1, "y"));
        CompilationException e = new CompilationException(list);
        assertEquals("a:1:1: error: x (and 1 more error)", e.getMessage());
        assertEquals(list, e.diagnostics());
    }

    @Test
    void optionsValidateLevel() {
        assertThrows(IllegalArgumentException.class, () -> new CompileOptions(4, true, false));
        assertEquals(3, CompileOptions.DEFAULTS.withOptimizeLevel(3).optimizeLevel());
    }

    @Test
    void decodesUtf8Strictly() throws CompilationException {
        assertEquals("Display \"\u00e9\"", SourceFile.decode("a.runa", "Display \"\u00e9\"".getBytes(java.nio.charset.StandardCharsets.UTF_8)).text());
        byte[] bad = {'L', 'e', 't', '\n', 'x', ' ', (byte) 0xFF, '\n'};
        CompilationException e = assertThrows(CompilationException.class, () -> SourceFile.decode("a.runa", bad));
        assertEquals("a.runa:2:3: error: the file is not valid UTF-8 (byte 0xFF here); save it as UTF-8",
                e.diagnostics().getFirst().header());
        byte[] truncated = {'x', (byte) 0xE2, (byte) 0x82};
        assertEquals(2, assertThrows(CompilationException.class, () -> SourceFile.decode("a.runa", truncated))
                .diagnostics().getFirst().column());
    }
}
