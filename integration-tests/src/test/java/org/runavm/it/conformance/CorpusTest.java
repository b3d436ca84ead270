package org.runavm.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Discovery and the reading of expectation files, on a corpus made up for the test. */
class CorpusTest {
    @TempDir
    Path root;

    private void write(String name, String text) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    @Test
    void findsProgramsSortedByNameAndSkipsHelperModules() throws IOException {
        write("b/second.runa", "Display 2\n");
        write("b/second.out", "2\n");
        write("a/first.runa", "Display 1\n");
        write("a/first.out", "1\n");
        write("a/lib/helper.runa", "Define X as 1\n");
        write("a/notes.txt", "not a program\n");

        List<CorpusCase> cases = Corpus.discover(root);

        assertEquals(List.of("a/first.runa", "b/second.runa"), cases.stream().map(CorpusCase::name).toList());
        assertEquals("a", cases.getFirst().area());
        assertEquals("Display 1\n", cases.getFirst().source());
    }

    @Test
    void absentFilesMeanEmptyErrorStatusZeroAndNoArguments() throws IOException {
        write("x/plain.runa", "Display 1\n");
        write("x/plain.out", "1\n");

        CorpusCase program = Corpus.discover(root).getFirst();

        assertEquals(new Expectation("1\n", "", 0), program.expected());
        assertEquals(List.of(), program.arguments());
        assertFalse(program.expected().stderrIsPrefix());
    }

    @Test
    void readsErrorStatusAndArguments() throws IOException {
        write("x/fails.runa", "Throw \"x\"\n");
        write("x/fails.out", "");
        write("x/fails.err", "Error: Error: x\n");
        write("x/fails.status", "1\n");
        write("x/fails.args", "alpha\nbeta gamma\n");

        CorpusCase program = Corpus.discover(root).getFirst();

        assertEquals(new Expectation("", "Error: Error: x\n", 1), program.expected());
        assertEquals(List.of("alpha", "beta gamma"), program.arguments());
    }

    @Test
    void compileErrorsCompareOnlyTheLeadingLinesOfStandardError() throws IOException {
        write("c/bad.runa", "Display y\n");
        write("c/bad.out", "");
        write("c/bad.err", "c/bad.runa:1:9: error: `y` is not declared\n");
        write("c/bad.status", "3");

        assertTrue(Corpus.discover(root).getFirst().expected().stderrIsPrefix());
    }

    @Test
    void aProgramWithoutExpectedOutputIsReported() throws IOException {
        write("x/lonely.runa", "Display 1\n");

        IOException e = assertThrows(IOException.class, () -> Corpus.discover(root));
        assertTrue(e.getMessage().contains("x/lonely.runa"), e.getMessage());
        assertTrue(e.getMessage().contains("lonely.out"), e.getMessage());
    }

    @Test
    void aStatusThatIsNotANumberIsReported() throws IOException {
        write("x/odd.runa", "Display 1\n");
        write("x/odd.out", "1\n");
        write("x/odd.status", "one\n");

        IOException e = assertThrows(IOException.class, () -> Corpus.discover(root));
        assertTrue(e.getMessage().contains("odd.status"), e.getMessage());
    }

    @Test
    void aMissingCorpusIsReported() {
        assertThrows(IOException.class, () -> Corpus.discover(root.resolve("absent")));
    }

    @Test
    void theCommandSampleTakesTheFirstProgramOfEachArea() throws IOException {
        for (String name : List.of("a/one", "a/two", "b/three", "c/four", "c/five")) {
            write(name + ".runa", "");
            write(name + ".out", "");
        }

        List<CorpusCase> sample = CommandConformanceTest.sampleOf(Corpus.discover(root));

        assertEquals(List.of("a/one.runa", "b/three.runa", "c/five.runa"), sample.stream().map(CorpusCase::name).toList());
    }
}
