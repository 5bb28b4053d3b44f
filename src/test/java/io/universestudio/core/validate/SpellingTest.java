package io.universestudio.core.validate;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** The quick "did you mean" gives exactly what the plain one (normalise every candidate, compare all) gives. */
class SpellingTest {

    @Test
    void findsTyposOfKeywords() {
        assertEquals("properties", Spelling.closest("propeties", ConfigSchemaRules.KEYWORDS));
        assertEquals("type", Spelling.closest("Type:", ConfigSchemaRules.KEYWORDS));
        assertEquals("additionalProperties", Spelling.closest("additionalproperties", ConfigSchemaRules.KEYWORDS));
        assertNull(Spelling.closest("service", ConfigSchemaRules.KEYWORDS));
    }

    @Test
    void normalisesAsTheRegularExpressionDoes() {
        for (String s : List.of("", "type", "Type:", "x-ui_Hint", "$ref", "İstanbul", "\u212Aelvin", "ﬁle", "a\uD83D\uDE00b",
                "ÄÖÜ-ß", "already_lower")) {
            assertEquals(plainNormalise(s), Spelling.normalise(s), s);
        }
    }

    @Test
    void randomWordsGiveWhatThePlainSearchGives() {
        Random random = new Random(17);
        String alphabet = "abcdeEFprtyos$_-:.0İ\u212A";
        List<String> candidates = new ArrayList<>(ConfigSchemaRules.KEYWORDS);
        for (int i = 0; i < 300; i++) {
            candidates.add(word(random, alphabet));
        }
        for (int i = 0; i < 3000; i++) {
            String w = random.nextBoolean() ? word(random, alphabet) : mutate(random, candidates.get(random.nextInt(
                    candidates.size())));
            assertEquals(plainClosest(w, candidates), Spelling.closest(w, candidates), w);
        }
    }

    private static String word(Random random, String alphabet) {
        StringBuilder sb = new StringBuilder();
        int n = 1 + random.nextInt(14);
        for (int i = 0; i < n; i++) {
            sb.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return sb.toString();
    }

    private static String mutate(Random random, String s) {
        StringBuilder sb = new StringBuilder(s);
        int edits = random.nextInt(3);
        for (int e = 0; e < edits && sb.length() > 1; e++) {
            int at = random.nextInt(sb.length());
            switch (random.nextInt(3)) {
                case 0 -> sb.deleteCharAt(at);
                case 1 -> sb.insert(at, 'x');
                default -> sb.setCharAt(at, Character.toUpperCase(sb.charAt(at)));
            }
        }
        return sb.toString();
    }

    /** The search as it was before the length filter and the quick normalising. */
    private static String plainClosest(String word, List<String> candidates) {
        String w = plainNormalise(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            if (c.equals(word)) {
                continue;
            }
            int d = Spelling.distance(w, plainNormalise(c));
            int allowed = Math.max(1, Math.min(2, c.length() / 4));
            if (d <= allowed && d < bestDistance) {
                best = c;
                bestDistance = d;
            }
        }
        return best;
    }

    private static String plainNormalise(String s) {
        return s.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9$]", "");
    }
}
