package io.universestudio.core.search;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where "go to line" goes: {@code 120}, {@code 120:7} or {@code 120,7} (1-based, as editors show them).
 *
 * @param column 1 when not given
 */
public record LineColumn(int line, int column) {

    private static final Pattern FORM = Pattern.compile("\\s*(\\d{1,9})\\s*(?:[:,]\\s*(\\d{1,9})\\s*)?");

    /** The line and column typed, or empty when it is not one of the forms above or names line 0. */
    public static Optional<LineColumn> parse(String typed) {
        Matcher m = FORM.matcher(typed == null ? "" : typed);
        if (!m.matches()) {
            return Optional.empty();
        }
        int line = Integer.parseInt(m.group(1));
        int column = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
        return line < 1 || column < 1 ? Optional.empty() : Optional.of(new LineColumn(line, column));
    }
}
