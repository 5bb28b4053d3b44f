package io.universestudio.core.index;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Python's {@code distutils.version.LooseVersion} order, which the Universe's scripts use for
 * minDcosReleaseVersion (universe-format.md 4.4): runs of digits compare as integers, runs of other
 * characters as text, dots are dropped, and a longer list with an equal prefix is greater, so
 * {@code 1.9.0 > 1.9} and {@code 1.10 > 1.9}.
 */
public final class LooseVersion {

    private static final Pattern COMPONENT = Pattern.compile("(\\d+|[a-z]+|\\.)");

    private LooseVersion() {
    }

    public static int compare(String a, String b) {
        List<Object> x = components(a);
        List<Object> y = components(b);
        for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
            int c = compareComponent(x.get(i), y.get(i));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.size(), y.size());
    }

    static List<Object> components(String version) {
        List<Object> out = new ArrayList<>();
        // LooseVersion splits on the component pattern and keeps every non-empty, non-dot piece.
        Matcher m = COMPONENT.matcher(version);
        int last = 0;
        while (m.find()) {
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
        out.add(piece.chars().allMatch(Character::isDigit) && piece.chars().allMatch(c -> c < 128)
                ? new BigInteger(piece) : piece);
    }

    private static int compareComponent(Object a, Object b) {
        if (a instanceof BigInteger x && b instanceof BigInteger y) {
            return x.compareTo(y);
        }
        if (a instanceof String x && b instanceof String y) {
            return x.compareTo(y);
        }
        // Python 3 cannot compare int with str and G crashes; numbers first keeps the order total.
        return a instanceof BigInteger ? -1 : 1;
    }
}
