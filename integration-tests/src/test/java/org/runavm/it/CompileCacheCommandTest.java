package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * {@code runavm FILE.runa} run again unchanged loads the bytecode its first run compiled and kept in
 * the cache directory; what the program does, prints and reports is the same either way.
 */
class CompileCacheCommandTest extends CommandTestSupport {
    /** A program whose run ends in an uncaught error, so its stack trace (files, lines) is compared too. */
    private static final String FAILING = """
            Process called ratio(a as Integer, b as Integer) returns Integer
                Return a % b
            End Process
            Display "start"
            Display ratio(6, 4)
            Display ratio(1, 0)
            """;

    private static List<Path> entries(Path cache) throws Exception {
        Path dir = cache.resolve("bytecode");
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.toString().endsWith(".runab")).sorted().toList();
        }
    }

    private static CommandRun run(Map<String, String> environment, Path program) throws Exception {
        return CommandRun.of("standard", "runavm", work, environment, program.toString());
    }

    @Test
    void aSecondRunLoadsTheKeptBytecodeAndDoesWhatTheFirstDid() throws Exception {
        Path cache = work.resolve("cache-reuse");
        Map<String, String> environment = Map.of("RUNAVM_CACHE_DIR", cache.toString());
        Path program = Files.writeString(work.resolve("ratio.runa"), FAILING);

        CommandRun first = run(environment, program);
        assertEquals("start\n2\n", first.stdout());
        assertEquals(1, first.exitStatus());
        assertTrue(first.stderr().contains("DivisionByZeroError") && first.stderr().contains("ratio.runa:2:14"),
                first.stderr());
        List<Path> kept = entries(cache);
        assertEquals(1, kept.size(), "one program compiled, one entry");
        byte[] bytecode = Files.readAllBytes(kept.getFirst());

        CommandRun second = run(environment, program);
        assertEquals(first, second, "the run from the kept bytecode");
        assertEquals(kept, entries(cache), "nothing compiled again");

        // a damaged entry is not run: the source is compiled again and the entry replaced
        Files.write(kept.getFirst(), new byte[] {'R', 'U', 'N', 'A', 'B', 'Y', 'T', 'C', 0, 1, 2});
        assertEquals(first, run(environment, program));
        assertArrayEquals(bytecode, Files.readAllBytes(kept.getFirst()));

        // an edited program is another entry
        Files.writeString(program, FAILING.replace("ratio(6, 4)", "ratio(9, 5)"));
        CommandRun edited = run(environment, program);
        assertEquals("start\n4\n", edited.stdout());
        assertEquals(2, entries(cache).size());
    }

    @Test
    void offLeavesNoEntry() throws Exception {
        Path cache = work.resolve("cache-off");
        Path program = Files.writeString(work.resolve("off.runa"), "Display 7 * 6\n");
        CommandRun run = run(Map.of("RUNAVM_CACHE_DIR", cache.toString(), "RUNAVM_COMPILE_CACHE", "off"), program);
        assertEquals("42\n", run.stdout(), run.stderr());
        assertTrue(entries(cache).isEmpty());
    }

    @Test
    void aProgramThatDoesNotCompileLeavesNoEntry() throws Exception {
        Path cache = work.resolve("cache-error");
        Path program = Files.writeString(work.resolve("broken.runa"), "Display (1 +\n");
        CommandRun run = run(Map.of("RUNAVM_CACHE_DIR", cache.toString()), program);
        assertEquals(3, run.exitStatus(), run.stderr());
        assertFalse(entries(cache).iterator().hasNext());
    }
}
