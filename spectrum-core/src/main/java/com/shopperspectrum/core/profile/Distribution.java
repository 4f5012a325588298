package com.shopperspectrum.core.profile;

import java.util.Arrays;

/**
 * Five-number summary and mean of a sample; quantiles by linear interpolation between order statistics
 * (Hyndman &amp; Fan 1996, definition 7 — the default of pandas and NumPy), so figures agree with a notebook.
 */
public record Distribution(long count, double min, double q1, double median, double q3, double max, double mean) {

    public static Distribution of(double[] values) {
        if (values.length == 0) {
            return new Distribution(0, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double sum = 0;
        for (double v : sorted) {
            sum += v;
        }
        return new Distribution(
                sorted.length,
                sorted[0],
                quantile(sorted, 0.25),
                quantile(sorted, 0.5),
                quantile(sorted, 0.75),
                sorted[sorted.length - 1],
                sum / sorted.length);
    }

    public static Distribution of(int[] values) {
        return of(Arrays.stream(values).asDoubleStream().toArray());
    }

    /** The {@code p}-quantile of sorted values by linear interpolation (definition 7). */
    public static double quantile(double[] sorted, double p) {
        double h = (sorted.length - 1) * p;
        int lo = (int) Math.floor(h);
        int hi = Math.min(lo + 1, sorted.length - 1);
        return sorted[lo] + (h - lo) * (sorted[hi] - sorted[lo]);
    }
}
