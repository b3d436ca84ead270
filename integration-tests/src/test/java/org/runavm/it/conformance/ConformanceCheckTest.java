package org.runavm.it.conformance;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The verdicts, with fake runners standing in for the VM. */
class ConformanceCheckTest {
    private static final CorpusCase PROGRAM = new CorpusCase("area/hello.runa", Path.of("/corpus/area/hello.runa"),
            "Display \"hello\"\n", new Expectation("hello\n", "", 0), List.of());
    private static final ProgramRunner CORRECT = program -> new Outcome("hello\n", "", 0);
    private static final ProgramRunner WRONG = program -> new Outcome("goodbye\n", "", 0);
    private static final ProgramRunner BROKEN = program -> {
        throw new IOException("engine missing");
    };

    @Test
    void aMatchingProgramPasses() {
        assertDoesNotThrow(() -> ConformanceCheck.check(PROGRAM, Optional.empty(), CORRECT, "fake"));
    }

    @Test
    void aDifferingProgramFailsWithItsNameAndADiff() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> ConformanceCheck.check(PROGRAM, Optional.empty(), WRONG, "fake engine"));
        assertTrue(e.getMessage().startsWith("area/hello.runa under fake engine:"), e.getMessage());
        assertTrue(e.getMessage().contains("- hello\n+ goodbye\n"), e.getMessage());
    }

    @Test
    void aProgramThatCannotRunFails() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> ConformanceCheck.check(PROGRAM, Optional.empty(), BROKEN, "fake"));
        assertTrue(e.getMessage().contains("engine missing"), e.getMessage());
    }

    @Test
    void aPendingProgramThatFailsIsSkippedWithItsReason() {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> ConformanceCheck.check(PROGRAM, Optional.of("engine not yet complete"), WRONG, "fake"));
        assertTrue(e.getMessage().contains("engine not yet complete"), e.getMessage());
    }

    @Test
    void aPendingProgramThatCannotRunIsSkipped() {
        TestAbortedException e = assertThrows(TestAbortedException.class,
                () -> ConformanceCheck.check(PROGRAM, Optional.of("engine not yet complete"), BROKEN, "fake"));
        assertTrue(e.getMessage().contains("engine missing"), e.getMessage());
    }

    @Test
    void aPendingProgramThatPassesFailsAskingToRemoveIt() {
        AssertionFailedError e = assertThrows(AssertionFailedError.class,
                () -> ConformanceCheck.check(PROGRAM, Optional.of("engine not yet complete"), CORRECT, "fake"));
        assertTrue(e.getMessage().contains("area/hello.runa passes"), e.getMessage());
        assertTrue(e.getMessage().contains("remove it from PENDING"), e.getMessage());
    }
}
