package org.runavm.kernel.loader;

import java.util.List;

/**
 * A program failed to load. The message names the origin and the first problem; {@link #problems()}
 * has all of them.
 */
public class VerificationException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String origin;
    private final transient List<VerificationProblem> problems;

    public VerificationException(String origin, List<VerificationProblem> problems) {
        super(summary(origin, problems));
        this.origin = origin;
        this.problems = List.copyOf(problems);
    }

    private static String summary(String origin, List<VerificationProblem> problems) {
        String first = problems.isEmpty() ? "invalid program" : problems.getFirst().toString();
        int more = problems.size() - 1;
        return origin + ": " + first + (more > 0 ? " (and " + more + " more problem" + (more > 1 ? "s" : "") + ")" : "");
    }

    /** The name the program was loaded under. */
    public String origin() {
        return origin;
    }

    /** Every problem found, in file order. */
    public List<VerificationProblem> problems() {
        return problems;
    }
}
