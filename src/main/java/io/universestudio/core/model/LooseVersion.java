package io.universestudio.core.model;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code distutils.version.LooseVersion}, the order the Universe's scripts give
 * {@code minDcosReleaseVersion} (universe-format.md 4.4): the text is split by {@code (\d+ | [a-z]+ | \.)},
 * every non-empty piece but the dots is kept, digit runs become integers and everything else stays text
 * (spaces, capitals and punctuation included). Lists compare element by element; a longer list with an
 * equal prefix is greater, so {@code 1.9.0 > 1.9}, {@code 1.10 > 1.9} and {@code "1.9 " > "1.9"}.
 *
 * <p>Where Python 3 raises {@code TypeError} (the first difference is a number against text, as in
 * {@code 1.a} against {@code 1.1}) the scripts crash. Such values never pass the package schema's pattern,
 * so this decides without asking: numbers sort before text, which is what Python 2's LooseVersion did
 * (ADR 0096).
 */
public final class LooseVersion implements Comparable<LooseVersion> {

    /** Python's {@code \d} matches every Unicode decimal digit, and {@code int()} reads them all. */
    private static final Pattern COMPONENT = Pattern.compile("\\d+|[a-z]+|\\.", Pattern.UNICODE_CHARACTER_CLASS);

    private final String text;
    private final List<Object> components;

    private LooseVersion(String text) {
        this.text = text;
        this.components = List.copyOf(split(text));
    }

    public static LooseVersion of(String text) {
        return new LooseVersion(Objects.requireNonNull(text, "text"));
    }

    /** The order of two version strings, as {@link #compareTo}. */
    public static int compare(String a, String b) {
        return of(a).compareTo(of(b));
    }

    public boolean lessThan(String other) {
        return compareTo(of(other)) < 0;
    }

    /** The pieces compared: {@link BigInteger} for digit runs, {@link String} for the rest. */
    public List<Object> components() {
        return components;
    }

    private static List<Object> split(String version) {
        List<Object> out = new ArrayList<>();
        Matcher m = COMPONENT.matcher(version);
        int last = 0;
        while (m.find()) {
            // re.split with a group keeps the text between matches as well as the matches.
            addPiece(out, version.substring(last, m.start()));
            addPiece(out, m.group());
            last = m.end();
        }
        addPiece(out, version.substring(last));
        return out;
    }

    private static void addPiece(List<Object> out, String piece) {
        if (piece.isEmpty() || piece.equals(".")) {
            return;
        }
        boolean digits = piece.codePoints().allMatch(Character::isDigit);
        out.add(digits ? integer(piece) : piece);
    }

    /** Python's {@code int()} of a digit run, whatever script its digits are from. */
    private static BigInteger integer(String digits) {
        StringBuilder ascii = new StringBuilder(digits.length());
        digits.codePoints().forEach(c -> ascii.append((char) ('0' + Character.digit(c, 10))));
        return new BigInteger(ascii.toString());
    }

    @Override
    public int compareTo(LooseVersion o) {
        for (int i = 0; i < Math.min(components.size(), o.components.size()); i++) {
            int c = compareComponent(components.get(i), o.components.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(components.size(), o.components.size());
    }

    private static int compareComponent(Object a, Object b) {
        if (a instanceof BigInteger x && b instanceof BigInteger y) {
            return x.compareTo(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return compareCodePoints(x, y);
        }
        return a instanceof BigInteger ? -1 : 1;
    }

    /** Python compares strings by code point; Java's compareTo by UTF-16 unit, which differs beyond U+FFFF. */
    private static int compareCodePoints(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int x = a.codePointAt(i);
            int y = b.codePointAt(j);
            if (x != y) {
                return Integer.compare(x, y);
            }
            i += Character.charCount(x);
            j += Character.charCount(y);
        }
        return Boolean.compare(i < a.length(), j < b.length());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LooseVersion other && components.equals(other.components);
    }

    @Override
    public int hashCode() {
        return components.hashCode();
    }

    @Override
    public String toString() {
        return text;
    }
}
