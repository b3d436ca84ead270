package org.runavm.compiler.frontend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.SourceFile;

/**
 * Runs the golden corpus in {@code tests/compiler/}: each {@code X.runa} must compile cleanly,
 * unless an {@code X.err} beside it holds the exact diagnostics the compiler must print for it
 * (each rendered as {@code runa compile} shows it: header, source line, caret).
 */
class GoldenCorpusTest {

    private static final Path CORPUS = Path.of(System.getProperty("user.dir")).resolveSibling("tests").resolve("compiler");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        assertTrue(Files.isDirectory(CORPUS), "corpus not found at " + CORPUS);
        List<Path> sources;
        try (Stream<Path> files = Files.list(CORPUS)) {
            sources = files.filter(p -> p.toString().endsWith(".runa")).sorted().toList();
        }
        assertFalse(sources.isEmpty());
        return sources.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> check(p)));
    }

    private static void check(Path source) throws IOException {
        String name = source.getFileName().toString();
        Path errFile = source.resolveSibling(name.substring(0, name.length() - ".runa".length()) + ".err");
        String actual;
        byte[] bytes = Files.readAllBytes(source);
        // What the caret lines are rendered against: a lossy decoding when the bytes are not UTF-8.
        SourceFile file = new SourceFile(name, new String(bytes, StandardCharsets.UTF_8));
        try {
            file = SourceFile.decode(name, bytes);
            new FrontEnd().check(file, CompileOptions.DEFAULTS);
            actual = "";
        } catch (CompilationException e) {
            actual = FrontEnd.render(file, e.diagnostics());
        }
        if (!Files.exists(errFile)) {
            if (!actual.isEmpty()) {
                fail(name + " must compile cleanly but reported:\n" + actual);
            }
            return;
        }
        String expected = Files.readString(errFile, StandardCharsets.UTF_8);
        assertFalse(expected.isBlank(), errFile + " is empty: delete it if the program is valid");
        assertEquals(expected, actual, name);
    }
}
