package io.universestudio.core.validate;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean": the known word closest to a misspelled one, if it is close enough to be a typo. */
public final class Spelling {

    /** The largest distance any candidate allows (see {@link #closest}). */
    private static final int MAX_ALLOWED = 2;

    private Spelling() {
    }

    /** The closest candidate within a small edit distance (ignoring case and stray punctuation), or null. */
    public static String closest(String word, Collection<String> candidates) {
        String w = normalise(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equals(word)) {
                continue;
            }
            int allowed = Math.max(1, Math.min(MAX_ALLOWED, c.length() / 4));
            // The distance is at least the difference in length, and normalising only shortens a word: most
            // candidates of a large config.json are dismissed here without normalising or comparing them.
            if (c.length() < w.length() - allowed) {
                continue;
            }
            String n = normalise(c);
            if (Math.abs(n.length() - w.length()) > allowed) {
                continue;
            }
            int d = distance(w, n);
            if (d <= allowed && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    /** Lower case, letters, digits and "$" only: "type:" and "Type" are the same typo as far as a reader is concerned. */
    static String normalise(String s) {
        StringBuilder kept = null;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch >= 0x80) {
                // Lower-casing beyond ASCII can change a character's count or turn it into ASCII: do it in full.
                return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9$]", "");
            }
            char lower = ch >= 'A' && ch <= 'Z' ? (char) (ch + ('a' - 'A')) : ch;
            boolean keep = lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9' || lower == '$';
            if (kept == null && (!keep || lower != ch)) {
                kept = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (kept != null && keep) {
                kept.append(lower);
            }
        }
        return kept == null ? s : kept.toString();
    }

    /** Optimal string alignment distance: insertions, deletions, substitutions and adjacent swaps. */
    static int distance(String a, String b) {
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
