package io.universestudio.core.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code distutils.version.LooseVersion} order, which the Universe's scripts use for
 * {@code minDcosReleaseVersion}: runs of digits compare as numbers, runs of letters as text, dots are
 * dropped, and a longer list with an equal prefix is greater (so {@code 1.9.0 > 1.9}).
 */
final class LooseVersion implements Comparable<LooseVersion> {

    private static final Pattern COMPONENT = Pattern.compile("\\d+|[a-zA-Z]+|[^\\d\\sa-zA-Z.]");

    private final List<Object> parts = new ArrayList<>();

    private LooseVersion(String text) {
        Matcher m = COMPONENT.matcher(text);
        while (m.find()) {
            String s = m.group();
            parts.add(Character.isDigit(s.charAt(0)) ? (Object) new java.math.BigInteger(s) : s);
        }
    }

    static LooseVersion of(String text) {
        return new LooseVersion(text == null ? "0.0" : text);
    }

    @Override
    public int compareTo(LooseVersion o) {
        for (int i = 0; i < Math.min(parts.size(), o.parts.size()); i++) {
            Object a = parts.get(i);
            Object b = o.parts.get(i);
            int c;
            if (a instanceof java.math.BigInteger x && b instanceof java.math.BigInteger y) {
                c = x.compareTo(y);
            } else if (a instanceof String x && b instanceof String y) {
                c = x.compareTo(y);
            } else {
                // Python 3 cannot compare int with str (the script would crash); numbers first is our choice.
                c = a instanceof java.math.BigInteger ? -1 : 1;
            }
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(parts.size(), o.parts.size());
    }

    boolean lessThan(String other) {
        return compareTo(of(other)) < 0;
    }
}
