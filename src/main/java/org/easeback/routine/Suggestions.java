package org.easeback.routine;

import java.util.Collection;
import java.util.Optional;

/** Finds the closest known name to a mistyped one, for "did you mean ...?" hints. */
final class Suggestions {

    /** Names further apart than this (in edits) are not suggested. */
    static final int MAX_DISTANCE = 2;

    private Suggestions() {
    }

    /** The candidate closest to {@code word} within {@link #MAX_DISTANCE} edits; ties go to the earlier candidate. */
    static Optional<String> closest(String word, Collection<String> candidates) {
        String best = null;
        int bestDistance = MAX_DISTANCE + 1;
        for (String candidate : candidates) {
            int d = distance(word.toLowerCase(java.util.Locale.ROOT), candidate.toLowerCase(java.util.Locale.ROOT));
            if (d < bestDistance) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "; did you mean 'x'?" or nothing. */
    static String hint(String word, Collection<String> candidates) {
        return closest(word, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /** Damerau-Levenshtein distance (optimal string alignment): insertions, deletions, substitutions, swaps. */
    static int distance(String a, String b) {
        if (Math.abs(a.length() - b.length()) > MAX_DISTANCE || a.length() > 200 || b.length() > 200) {
            return Integer.MAX_VALUE;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
            }
        }
        return d[a.length()][b.length()];
    }
}
