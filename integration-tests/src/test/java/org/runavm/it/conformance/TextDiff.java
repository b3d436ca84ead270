package org.runavm.it.conformance;

import java.util.ArrayList;
import java.util.List;

/**
 * A line diff of an expected and an actual text, for failure messages: common lines start with two
 * spaces, expected-only lines with {@code -}, actual-only lines with {@code +}. A missing final newline
 * is shown as its own marker so that it is never invisible. Uses a longest-common-subsequence table,
 * which is fine for program outputs of a few hundred lines.
 */
public final class TextDiff {
    static final String NO_NEWLINE = "\\ no newline at end";

    private TextDiff() {
    }

    /** The diff of {@code expected} and {@code actual}, one line per output line. */
    public static String of(String expected, String actual) {
        List<String> a = lines(expected);
        List<String> b = lines(actual);
        int[][] common = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
                out.append("  ").append(a.get(i++)).append('\n');
                j++;
            } else if (i < a.size() && (j == b.size() || common[i + 1][j] >= common[i][j + 1])) {
                out.append("- ").append(a.get(i++)).append('\n');
            } else {
                out.append("+ ").append(b.get(j++)).append('\n');
            }
        }
        return out.toString();
    }

    /** The lines of {@code text}, with a marker line when it does not end with a newline. */
    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>(text.lines().toList());
        if (!text.isEmpty() && !text.endsWith("\n")) {
            lines.add(NO_NEWLINE);
        }
        return lines;
    }
}
