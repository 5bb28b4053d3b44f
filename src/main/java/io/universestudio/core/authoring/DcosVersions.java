package io.universestudio.core.authoring;

/**
 * Compares {@code minDcosReleaseVersion} strings the way the Universe's scripts do (LooseVersion on
 * dotted integers): component by component, and a longer list is greater when the shorter is its prefix,
 * so {@code 1.9.0 > 1.9} (universe-format.md §7, gotcha 5). Non-numeric components count as 0.
 */
final class DcosVersions {

    private DcosVersions() {
    }

    static int compare(String a, String b) {
        String[] x = a.split("\\.");
        String[] y = b.split("\\.");
        for (int i = 0; i < Math.min(x.length, y.length); i++) {
            int c = Long.compare(number(x[i]), number(y[i]));
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(x.length, y.length);
    }

    private static long number(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
