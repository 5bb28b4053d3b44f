package io.universestudio.core.search;

/**
 * What the find bar asks for: the text and the three toggles a code editor offers.
 *
 * @param wholeWord the match must not touch a letter, digit or underscore on either side
 * @param regex     {@code text} is a Java regular expression and the replacement may use {@code $1}
 */
public record SearchQuery(String text, boolean matchCase, boolean wholeWord, boolean regex) {

    public SearchQuery {
        text = text == null ? "" : text;
    }

    public static SearchQuery of(String text) {
        return new SearchQuery(text, false, false, false);
    }

    public boolean isEmpty() {
        return text.isEmpty();
    }
}
