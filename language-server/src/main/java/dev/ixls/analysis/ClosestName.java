package dev.ixls.analysis;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** Finds the known name a typo most likely meant, by edit distance. */
public final class ClosestName {

    private static final int MAX_TYPED = 64;

    private ClosestName() {
    }

    /** The closest candidate within a distance that still looks like a typo (about a third of the length). */
    public static Optional<String> among(String typed, Collection<String> candidates) {
        if (typed.length() > MAX_TYPED) {
            return Optional.empty(); // not a typo of a name; and the distance table would be huge
        }
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equals(typed)) {
                continue;
            }
            int d = distance(typed.toLowerCase(Locale.ROOT), c.toLowerCase(Locale.ROOT));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        if (best == null) {
            return Optional.empty();
        }
        int allowed = Math.max(1, Math.min(typed.length(), best.length()) / 3);
        return bestDistance <= allowed ? Optional.of(best) : Optional.empty();
    }

    /**
     * Every candidate within the distance {@link #among} allows, closest first (ties in the
     * candidates' order): for callers that take the first one that also fits where it goes.
     */
    public static java.util.List<String> within(String typed, Collection<String> candidates) {
        if (typed.length() > MAX_TYPED) {
            return java.util.List.of();
        }
        String lower = typed.toLowerCase(Locale.ROOT);
        java.util.List<java.util.Map.Entry<String, Integer>> near = new java.util.ArrayList<>();
        for (String c : candidates) {
            if (c.equals(typed)) {
                continue;
            }
            int d = distance(lower, c.toLowerCase(Locale.ROOT));
            if (d <= Math.max(1, Math.min(typed.length(), c.length()) / 3)) {
                near.add(java.util.Map.entry(c, d));
            }
        }
        near.sort(java.util.Map.Entry.comparingByValue());
        return near.stream().map(java.util.Map.Entry::getKey).toList();
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    public static int distance(String a, String b) {
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
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
