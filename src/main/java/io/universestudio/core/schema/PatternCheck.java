package io.universestudio.core.schema;

import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks a {@code pattern} keyword. Draft-04 patterns are ECMA 262 regular expressions and are not
 * anchored (the value matches when the pattern is found anywhere in it). Java's syntax is close enough
 * for the patterns real packages use; the Universe CI checks none (universe-format.md section 2.5).
 */
public final class PatternCheck {

    private PatternCheck() {
    }

    /** A plain message when {@code pattern} does not compile, e.g. "Unclosed group near position 4". */
    public static Optional<String> problem(String pattern) {
        try {
            Pattern.compile(pattern);
            return Optional.empty();
        } catch (PatternSyntaxException e) {
            String where = e.getIndex() >= 0 ? " near position " + (e.getIndex() + 1) : "";
            return Optional.of("The pattern is not a valid regular expression: " + e.getDescription() + where + ".");
        }
    }

    /** True when {@code value} matches {@code pattern} as draft-04 means it (found anywhere); false if invalid. */
    public static boolean matches(String pattern, String value) {
        try {
            return Pattern.compile(pattern).matcher(value).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }
}
