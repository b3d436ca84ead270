package org.runavm.benchmarks.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.runavm.kernel.bytecode.ProgramImage;

/** Each benchmarked program compiles, runs to its end in the framework-free VM and prints its result. */
class HotPathProgramTest {

    @ParameterizedTest
    @EnumSource(HotPathProgram.class)
    void runsAndPrintsTheExpectedResult(HotPathProgram program) throws Exception {
        ProgramImage image = InterpreterBenchmark.compile(program);

        InterpreterRun.Outcome outcome = InterpreterRun.run(image);

        assertTrue(outcome.result().error().isEmpty(), () -> "error: " + outcome.result().error());
        assertEquals(0, outcome.result().exitStatus(), () -> "result: " + outcome.result());
        assertEquals(program.expectedOutput() + "\n", outcome.output());
    }
}
