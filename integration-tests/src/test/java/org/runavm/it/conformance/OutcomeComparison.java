package org.runavm.it.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Compares what a program produced with what it must produce and explains every difference. */
public final class OutcomeComparison {
    private OutcomeComparison() {
    }

    /**
     * The differences between {@code expected} and {@code actual}, or empty when they agree: the exit
     * status, then standard output and standard error, each with a line diff.
     */
    public static Optional<String> differences(Expectation expected, Outcome actual) {
        List<String> problems = new ArrayList<>();
        if (expected.status() != actual.status()) {
            problems.add("exit status: expected " + expected.status() + " but was " + actual.status());
        }
        String stdout = normalize(actual.stdout());
        if (!expected.stdout().equals(stdout)) {
            problems.add("standard output differs (- expected, + actual):\n" + TextDiff.of(expected.stdout(), stdout));
        }
        String stderr = normalize(actual.stderr());
        String comparedStderr = expected.stderrIsPrefix() ? leadingLines(stderr, expected.stderr()) : stderr;
        if (!expected.stderr().equals(comparedStderr)) {
            String what = expected.stderrIsPrefix() ? "standard error's first lines differ" : "standard error differs";
            problems.add(what + " (- expected, + actual):\n" + TextDiff.of(expected.stderr(), comparedStderr));
        }
        return problems.isEmpty() ? Optional.empty() : Optional.of(String.join("\n", problems));
    }

    /** Line ends as written on Windows compare equal to the corpus's {@code \n}. */
    static String normalize(String text) {
        return text.replace("\r\n", "\n");
    }

    /** As many leading lines of {@code actual} as {@code expected} has (with their line ends). */
    static String leadingLines(String actual, String expected) {
        long wanted = expected.lines().count();
        int end = 0;
        for (long line = 0; line < wanted && end < actual.length(); line++) {
            int newline = actual.indexOf('\n', end);
            end = newline < 0 ? actual.length() : newline + 1;
        }
        return actual.substring(0, end);
    }
}
