package org.runavm.it.conformance;

import java.util.Optional;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * The verdict on one corpus program: run it, compare, and decide.
 *
 * <ul>
 *   <li>not pending and matching: passes;</li>
 *   <li>not pending and differing (or the run failed): fails with the differences;</li>
 *   <li>pending and differing (or the run failed): skipped with the PENDING reason;</li>
 *   <li>pending and matching: fails, asking to remove the program from PENDING, so the list only
 *       shrinks.</li>
 * </ul>
 */
public final class ConformanceCheck {
    private ConformanceCheck() {
    }

    /**
     * Checks {@code program} with {@code runner}; returns normally when it passes.
     *
     * @param description how the program was run (the engine and collector), for messages
     * @throws AssertionFailedError when it fails, or passes although it is pending
     * @throws TestAbortedException when it is pending and does not pass yet
     */
    public static void check(CorpusCase program, Optional<String> pendingReason, ProgramRunner runner, String description) {
        Outcome outcome;
        try {
            outcome = runner.run(program);
        } catch (Exception | AssertionError e) {
            if (pendingReason.isPresent()) {
                throw new TestAbortedException(pendingMessage(program, pendingReason.get()) + " (run failed: " + e + ")");
            }
            throw new AssertionFailedError(program.name() + " could not be run under " + description + ": " + e, e);
        }
        Optional<String> differences = OutcomeComparison.differences(program.expected(), outcome);
        if (pendingReason.isPresent()) {
            if (differences.isEmpty()) {
                throw new AssertionFailedError(program.name() + " passes under " + description
                        + " but is listed in tests/conformance/" + PendingList.FILE_NAME + " ('" + pendingReason.get()
                        + "'): remove it from " + PendingList.FILE_NAME);
            }
            throw new TestAbortedException(pendingMessage(program, pendingReason.get()));
        }
        if (differences.isPresent()) {
            throw new AssertionFailedError(program.name() + " under " + description + ":\n" + differences.get());
        }
    }

    private static String pendingMessage(CorpusCase program, String reason) {
        return program.name() + " is pending: " + reason;
    }
}
