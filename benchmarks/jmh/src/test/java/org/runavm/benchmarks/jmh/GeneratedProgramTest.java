package org.runavm.benchmarks.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.runavm.kernel.bytecode.ProgramImage;

/** The benchmarked program is what the benchmark says: 10,000 lines that compile and verify. */
class GeneratedProgramTest {

    @Test
    void tenThousandLinesCompileCleanlyAndVerify() throws Exception {
        String text = GeneratedProgram.ofLines(10_000);
        long lines = text.lines().count();
        assertTrue(lines >= 10_000 && lines < 10_100, "lines: " + lines);

        CompileBenchmark benchmark = new CompileBenchmark();
        benchmark.lines = 10_000;
        benchmark.generate();
        ProgramImage image = benchmark.compileAndVerify();
        // Function 0 is the top level; each of the 286 units adds at least a process and a method.
        assertTrue(image.functions().size() > 2 * 280, "functions: " + image.functions().size());
    }

    @Test
    void unitsHaveDistinctNames() {
        String text = GeneratedProgram.ofLines(100);
        assertEquals(1, text.split("Process called step_0\\(", -1).length - 1);
        assertTrue(text.contains("Process called step_1("), text);
    }
}
