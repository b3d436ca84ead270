package org.runavm.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every Runa port of the Are We Fast Yet benchmarks runs under the real {@code runavm} command at the
 * smallest size (one iteration of inner size 1, which every port verifies) and follows the harness
 * protocol: its own result verification passed (exit status 0) and it printed one iteration line and
 * the summary line. The names are listed here rather than discovered, so a missing port fails.
 * {@code benchmarks/run} measures them; this test keeps them correct as the VM changes.
 *
 * <p>Havlak's graph does not shrink with the inner size: one iteration is seconds of interpretation
 * (tens of seconds on a loaded 2-core machine), hence a longer bound than other command runs.
 */
class AwfyBenchmarksTest extends CommandTestSupport {
    private static final long TIMEOUT_SECONDS = 300;

    /** The ports: benchmarks/awfy/runa of this checkout, or the directory named by -Dawfy.runa. */
    static Path ports() {
        String override = System.getProperty("awfy.runa");
        if (override != null && !override.isBlank()) {
            return Path.of(override).toAbsolutePath();
        }
        return Path.of(System.getProperty("runavm.root", "..")).resolve("benchmarks/awfy/runa").toAbsolutePath().normalize();
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Bounce", "List", "Mandelbrot", "NBody", "Permute", "Queens", "Sieve", "Storage", "Towers",
            "CD", "DeltaBlue", "Havlak", "Json", "Richards"})
    void runsOnceAtInnerSizeOneAndVerifiesItsResult(String name) throws Exception {
        Path program = ports().resolve(name.toLowerCase() + ".runa");
        assertTrue(Files.isRegularFile(program), "the Runa port " + program + " is missing");

        CommandRun run = CommandRun.of(TIMEOUT_SECONDS, "standard", "runavm", work, env, program.toString(), "1", "1");

        assertEquals(0, run.exitStatus(), name + " failed:\n" + run.stderr() + run.stdout());
        assertTrue(run.stderr().isEmpty(), run.stderr());
        List<String> lines = run.stdout().lines().toList();
        assertEquals(2, lines.size(), run.stdout());
        assertTrue(Pattern.matches(Pattern.quote(name) + ": iterations=1 runtime: \\d+us", lines.get(0)), lines.get(0));
        assertTrue(Pattern.matches(Pattern.quote(name) + ": iterations=1 average: \\d+us total: \\d+us", lines.get(1)),
                lines.get(1));
    }
}
