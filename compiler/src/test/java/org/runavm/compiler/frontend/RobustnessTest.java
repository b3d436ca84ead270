package org.runavm.compiler.frontend;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.runavm.kernel.compile.CompilationException;
import org.runavm.kernel.compile.CompileOptions;
import org.runavm.kernel.compile.Diagnostic;
import org.runavm.kernel.compile.SourceFile;

/**
 * Whatever the input, the front end either succeeds or reports diagnostics: it never fails with
 * another exception, never loops, and never reports more than 50 errors. Inputs are random token
 * soups and random mutations (deleted, duplicated, swapped lines and characters) of the corpus.
 */
class RobustnessTest {

    private static final String[] VOCABULARY = {
        "Let", "x", "=", "be", "Set", "to", "If", "Then", "Otherwise", "Else", "End", "For", "each", "in", "from",
        "step", "While", "Process", "called", "(", ")", "[", "]", "{", "}", ",", ":", ".", "+", "-", "*", "**",
        "//", "=>", "and", "or", "not", "is", "a", "greater", "than", "Class", "Field", "extends", "Self", "Super",
        "Try", "Catch", "Finally", "Retry", "Match", "When", "_", "as", "Integer", "List", "of", "Display", "Return",
        "1", "2.5", "\"t\"", "'u", "\n", "\n", "\n", "    ", "#", "Note:", "Actor", "On", "Message", "Send", "Ask",
        "for", "Task", "Group", "Import", "External", "Library", "with", "at", "index", "length", "type", "?", "€",
        "\\", "0x", "9999999999999999999999", "Yield", "await", "Async", "Generator", "Private", "Define",
    };

    private static void mustNotCrash(String src) {
        try {
            new FrontEnd().check(new SourceFile("fuzz.runa", src), CompileOptions.DEFAULTS);
        } catch (CompilationException e) {
            List<Diagnostic> d = e.diagnostics();
            assertFalse(d.isEmpty());
            assertTrue(d.size() <= 50);
            for (Diagnostic diagnostic : d) {
                diagnostic.format(new SourceFile("fuzz.runa", src).line(diagnostic.line()));
            }
        } catch (RuntimeException | StackOverflowError e) {
            fail("front end failed on:\n" + src, e);
        }
    }

    @Test
    void randomTokenSoup() {
        Random random = new Random(20261125);
        for (int round = 0; round < 1500; round++) {
            StringBuilder b = new StringBuilder();
            int length = random.nextInt(80);
            for (int i = 0; i < length; i++) {
                b.append(VOCABULARY[random.nextInt(VOCABULARY.length)]).append(random.nextInt(4) == 0 ? "" : " ");
            }
            mustNotCrash(b.toString());
        }
    }

    @Test
    void mutatedCorpus() throws IOException {
        Path corpus = Path.of(System.getProperty("user.dir")).resolveSibling("tests").resolve("compiler");
        List<String> sources;
        try (Stream<Path> files = Files.list(corpus)) {
            sources = files.filter(p -> p.toString().endsWith(".runa")).sorted().map(p -> {
                try {
                    return new String(Files.readAllBytes(p), java.nio.charset.StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new IllegalStateException(e);
                }
            }).toList();
        }
        Random random = new Random(7);
        for (String source : sources) {
            for (int round = 0; round < 40; round++) {
                mustNotCrash(mutate(source, random));
            }
        }
    }

    private static String mutate(String source, Random random) {
        StringBuilder b = new StringBuilder(source);
        int edits = 1 + random.nextInt(4);
        for (int e = 0; e < edits && b.length() > 0; e++) {
            int at = random.nextInt(b.length());
            switch (random.nextInt(4)) {
                case 0 -> b.deleteCharAt(at);
                case 1 -> b.insert(at, VOCABULARY[random.nextInt(VOCABULARY.length)]);
                case 2 -> b.delete(at, Math.min(b.length(), at + random.nextInt(40)));
                default -> {
                    int end = Math.min(b.length(), at + random.nextInt(60));
                    b.insert(random.nextInt(b.length()), b.substring(at, end));
                }
            }
        }
        return b.toString();
    }

    @Test
    void deepNestingIsAnErrorNotACrash() {
        mustNotCrash("Display " + "(".repeat(20_000) + "1" + ")".repeat(20_000));
        mustNotCrash("Display " + "-".repeat(20_000) + "1");
        mustNotCrash("Display " + "[".repeat(20_000));
        mustNotCrash("Display 2" + " ** 2".repeat(20_000));
        mustNotCrash("If true\n".repeat(5_000));
        mustNotCrash("Let f = " + "() => ".repeat(10_000) + "1");
    }
}
