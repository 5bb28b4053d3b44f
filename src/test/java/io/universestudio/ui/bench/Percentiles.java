package io.universestudio.ui.bench;

import java.util.Arrays;
import java.util.Locale;

/** p50 / p95 / max of a set of timings, printed in milliseconds. */
public final class Percentiles {

    private Percentiles() {
    }

    public static String describe(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        return String.format(Locale.ROOT, "%s: n=%d p50=%.2f ms p95=%.2f ms max=%.2f ms", what, sorted.length,
                at(sorted, 0.50), at(sorted, 0.95), sorted[sorted.length - 1] / 1e6);
    }

    private static double at(long[] sorted, double q) {
        return sorted[(int) Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] / 1e6;
    }
}
