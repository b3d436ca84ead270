package org.runavm.launcher.cli;

import java.util.Collection;
import java.util.Optional;

/** "Did you mean" for a mistyped flag or config key: the closest known name by edit distance. */
final class Suggestions {
    private Suggestions() {
    }

    /** The candidate closest to {@code typed}, if it is close enough to be a likely typo. */
    static Optional<String> closest(String typed, Collection<String> candidates) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            int d = distance(typed, candidate);
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        // A third of the name may be wrong (at least two edits), so "--gc-max-heep" finds "--gc-max-heap"
        // but "--x" does not drag in an unrelated short flag.
        int allowed = Math.max(2, typed.length() / 3);
        return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /** " (did you mean X?)" or nothing. */
    static String hint(String typed, Collection<String> candidates) {
        return closest(typed, candidates).map(s -> " (did you mean " + s + "?)").orElse("");
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
