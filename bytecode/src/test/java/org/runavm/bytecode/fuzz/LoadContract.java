package org.runavm.bytecode.fuzz;

import java.io.IOException;
import java.util.List;

import org.runavm.bytecode.internal.RunabLoader;
import org.runavm.bytecode.internal.format.RunabReader;
import org.runavm.bytecode.internal.verify.Verifier;
import org.runavm.kernel.bytecode.ProgramImage;
import org.runavm.kernel.loader.VerificationException;
import org.runavm.kernel.loader.VerificationProblem;

/**
 * What the loader promises for any bytes at all (spec/bytecode.md, "What the verifier
 * guarantees"): {@link RunabLoader#load} returns an image or throws {@link VerificationException},
 * and nothing else leaves it.
 *
 * <p>{@code RunabLoader} turns an unexpected {@code RuntimeException} of its reader or verifier into
 * a {@code VerificationException} saying "cannot be verified", so that a user never sees a Java
 * exception. That last resort would hide a bug from a fuzzer, so the reader and the verifier are
 * also called directly here and the wrapped message counts as a finding. An image that loads must
 * also be printable by the disassembler and must write out to bytes that load again: the engines
 * and tools see exactly what the loader accepted.
 */
final class LoadContract {

    private static final String ORIGIN = "fuzz.runab";
    private static final RunabLoader LOADER = new RunabLoader();

    private LoadContract() {
    }

    /** What one input did: the image it loaded to, or the problems it was rejected with. */
    record Outcome(ProgramImage image, List<VerificationProblem> problems) {
        boolean loaded() {
            return image != null;
        }
    }

    /** Loads {@code bytes}, failing with an {@link AssertionError} when the contract is broken. */
    static Outcome check(byte[] bytes) {
        RunabReader.Result read = new RunabReader().read(bytes);
        if (read.ok()) {
            new Verifier().verify(read.image());
        }
        Outcome outcome;
        try {
            outcome = new Outcome(LOADER.load(bytes, ORIGIN), List.of());
        } catch (VerificationException e) {
            if (e.problems().stream().anyMatch(LoadContract::isLastResort)) {
                throw new AssertionError("the reader or verifier failed internally: " + e.getMessage());
            }
            if (!e.getMessage().startsWith(ORIGIN + ": ") || e.problems().isEmpty()) {
                throw new AssertionError("a rejection must name the file and its problems: " + e.getMessage());
            }
            return new Outcome(null, e.problems());
        }
        usable(outcome.image());
        return outcome;
    }

    /**
     * The problem {@code RunabLoader} reports for an unexpected exception. Recognised by its shape,
     * not by its words alone: a damaged file can carry those words in a name, and a fuzzer that
     * watches string comparisons soon puts them there.
     */
    private static boolean isLastResort(VerificationProblem problem) {
        return problem.offset() == -1 && "file".equals(problem.section()) && problem.function() == null
                && problem.message().startsWith("cannot be verified (");
    }

    private static void usable(ProgramImage image) {
        try {
            LOADER.disassemble(image, new StringBuilder());
        } catch (IOException e) {
            throw new AssertionError("a StringBuilder cannot fail", e);
        }
        byte[] written = LOADER.write(image);
        try {
            LOADER.load(written, "rewritten.runab");
        } catch (VerificationException e) {
            throw new AssertionError("an accepted image, written out again, is rejected: " + e.getMessage());
        }
    }
}
