package org.runavm.it.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The real corpus is well formed, checked without a VM: every file belongs to a program, PENDING
 * names only programs that exist, and every expected error report has the shape {@code cli.md}
 * prescribes and names its own program's file.
 */
class CorpusLayoutTest {
    private static final Set<String> AREAS = Set.of("lexical", "values", "arithmetic", "comparison", "logic", "control",
            "natural", "processes", "closures", "lambdas", "classes", "errors", "match", "types", "introspection",
            "builtins", "modules", "entry", "runtime", "compile", "concurrency", "ffi");
    private static final Set<String> EXPECTATION_EXTENSIONS = Set.of("out", "err", "status", "args", "command");

    private static Path root;
    private static List<CorpusCase> programs;

    @BeforeAll
    static void read() throws IOException {
        root = Corpus.defaultRoot();
        programs = Corpus.discover(root);
    }

    @Test
    void coversEveryAreaWithAtLeast150Programs() {
        assertTrue(programs.size() >= 150, programs.size() + " programs");
        Set<String> areas = new TreeSet<>();
        programs.forEach(p -> areas.add(p.area()));
        assertEquals(new TreeSet<>(AREAS), areas);
    }

    @Test
    void everyExpectationFileBelongsToAProgram() throws IOException {
        List<String> strays = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String name = file.getFileName().toString();
                int dot = name.lastIndexOf('.');
                String extension = dot < 0 ? "" : name.substring(dot + 1);
                if (EXPECTATION_EXTENSIONS.contains(extension)) {
                    if (!Files.isRegularFile(file.resolveSibling(name.substring(0, dot) + ".runa"))) {
                        strays.add(root.relativize(file).toString());
                    }
                } else if (!extension.equals("runa") && !Set.of("README.md", PendingList.FILE_NAME).contains(name)) {
                    strays.add(root.relativize(file).toString());
                }
            }
        }
        assertEquals(List.of(), strays);
    }

    @Test
    void pendingNamesOnlyExistingPrograms() throws IOException {
        Set<String> names = new TreeSet<>();
        programs.forEach(p -> names.add(p.name()));
        List<String> unknown = PendingList.read(root).entries().keySet().stream().filter(n -> !names.contains(n)).toList();
        assertEquals(List.of(), unknown);
    }

    @Test
    void uncaughtErrorReportsHaveTheCommandLineShape() {
        for (CorpusCase program : programs) {
            Expectation expected = program.expected();
            if (expected.status() == 1) {
                List<String> lines = expected.stderr().lines().toList();
                assertTrue(lines.getFirst().matches("Error: \\w+: .*"), program.name() + ": " + lines.getFirst());
                for (String frame : lines.subList(1, lines.size())) {
                    assertTrue(frame.matches("  at \\S+ \\(" + java.util.regex.Pattern.quote(program.name()) + ":\\d+:\\d+\\)"),
                            program.name() + ": " + frame);
                }
                assertTrue(expected.stderr().endsWith("\n"), program.name());
            }
        }
    }

    @Test
    void compileErrorsNameTheirProgramAndWriteNothingToStandardOutput() {
        for (CorpusCase program : programs) {
            Expectation expected = program.expected();
            if (expected.status() == Expectation.COMPILE_ERROR) {
                assertTrue(expected.stderr().startsWith(program.name() + ":"), program.name());
                assertTrue(expected.stderr().lines().findFirst().orElseThrow().matches(".+:\\d+:\\d+: error: .+"),
                        program.name());
                assertEquals("", expected.stdout(), program.name());
            }
        }
    }

    @Test
    void everyProgramStartsWithACommentSayingWhatItChecks() {
        for (CorpusCase program : programs) {
            assertTrue(program.source().startsWith("# "), program.name());
        }
    }
}
