package io.universestudio.core.search;

import java.util.List;

/**
 * The text after replacing every match, and what was replaced.
 *
 * @param replaced     the matches in the original text, in order
 * @param replacements what each of them became (a regular expression's {@code $1} already filled in)
 */
public record ReplaceAllResult(String text, List<TextMatch> replaced, List<String> replacements) {

    public ReplaceAllResult {
        replaced = List.copyOf(replaced);
        replacements = List.copyOf(replacements);
    }

    public int count() {
        return replaced.size();
    }
}
