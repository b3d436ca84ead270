package org.runavm.it.conformance;

/**
 * Runs one corpus program and captures what it produced. The in-process VM, the real command line
 * and the unit tests' fakes all implement it, so the comparison logic is the same for all of them.
 */
@FunctionalInterface
public interface ProgramRunner {
    /**
     * Runs {@code program}.
     *
     * @throws Exception when the program could not be run at all (the harness, not the program, failed)
     */
    Outcome run(CorpusCase program) throws Exception;
}
