package io.universestudio.core.authoring;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The next package version for a new revision. Universe versions often read {@code <package>-<upstream>}
 * (e.g. {@code 2.5.0-1.2.3}: packaging 2.5.0 of upstream 1.2.3), and a new revision usually changes the
 * packaging, not the upstream software. So the rule is: take the first run of dot-separated numbers and
 * add one to its last number, keep everything else ({@code 1.2.3-0.1.0 -> 1.2.4-0.1.0},
 * {@code 2.5.0-1.2.3 -> 2.5.1-1.2.3}, {@code 1.0 -> 1.1}, {@code v7-beta -> v8-beta}). A version without
 * any digit gets {@code .1} appended. See docs/adr/0071.
 */
public final class VersionBump {

    private static final Pattern FIRST_NUMBERS = Pattern.compile("\\d+(?:\\.\\d+)*");

    private VersionBump() {
    }

    public static String next(String version) {
        Matcher m = FIRST_NUMBERS.matcher(version);
        if (!m.find()) {
            return version.isEmpty() ? "0.0.1" : version + ".1";
        }
        String numbers = m.group();
        int lastDot = numbers.lastIndexOf('.');
        String last = numbers.substring(lastDot + 1);
        String bumped = new java.math.BigInteger(last).add(java.math.BigInteger.ONE).toString();
        return version.substring(0, m.start()) + numbers.substring(0, lastDot + 1) + bumped
                + version.substring(m.end());
    }
}
