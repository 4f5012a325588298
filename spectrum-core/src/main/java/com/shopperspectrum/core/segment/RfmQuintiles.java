package com.shopperspectrum.core.segment;

import com.shopperspectrum.core.data.RecordValues;
import java.util.Arrays;
import java.util.Objects;

/**
 * Quintile boundaries of recency, frequency and monetary value in the fitted data, which turn any value into a
 * score 1–5. The four cut points of each measure are its 20th, 40th, 60th and 80th percentiles (linear
 * interpolation between order statistics, numpy's default). A value's score is 1 + the number of cut points
 * strictly below it for frequency and monetary value (higher is better), and 5 − that number for recency
 * (recent = 5). Equal values always get equal scores; when many customers share a value (e.g. one purchase)
 * cut points coincide and some scores go unused, rather than splitting ties arbitrarily. Fitted customers and
 * new triples are scored by the same rule, so predicting a fitted customer's values gives their scores.
 *
 * @param recency   the four recency cut points, ascending
 * @param frequency the four frequency cut points, ascending
 * @param monetary  the four monetary cut points, ascending, or empty when monetary data is unavailable
 */
public record RfmQuintiles(double[] recency, double[] frequency, double[] monetary) {
    public RfmQuintiles {
        recency = check("recency", recency, false);
        frequency = check("frequency", frequency, false);
        monetary = check("monetary", monetary, true);
    }

    /** Quintile boundaries of the given columns; {@code monetary} null when unavailable. */
    public static RfmQuintiles fit(double[] recency, double[] frequency, double[] monetary) {
        return new RfmQuintiles(cuts(recency), cuts(frequency), monetary == null ? new double[0] : cuts(monetary));
    }

    public boolean hasMonetary() {
        return monetary.length > 0;
    }

    public int recencyScore(double value) {
        return 5 - above(recency, value);
    }

    public int frequencyScore(double value) {
        return 1 + above(frequency, value);
    }

    /** The monetary score, 0 when monetary data is unavailable. */
    public int monetaryScore(double value) {
        return hasMonetary() ? 1 + above(monetary, value) : 0;
    }

    private static int above(double[] cuts, double value) {
        int n = 0;
        for (double c : cuts) {
            if (value > c) {
                n++;
            }
        }
        return n;
    }

    static double[] cuts(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("quintiles need at least one value");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        double[] out = new double[4];
        for (int q = 1; q <= 4; q++) {
            double position = q * 0.2 * (sorted.length - 1);
            int lo = (int) Math.floor(position);
            int hi = Math.min(lo + 1, sorted.length - 1);
            out[q - 1] = sorted[lo] + (position - lo) * (sorted[hi] - sorted[lo]);
        }
        return out;
    }

    private static double[] check(String name, double[] cuts, boolean mayBeEmpty) {
        Objects.requireNonNull(cuts, name);
        if (cuts.length == 0 && mayBeEmpty) {
            return cuts.clone();
        }
        if (cuts.length != 4) {
            throw new IllegalArgumentException(name + " needs 4 cut points, got " + cuts.length);
        }
        for (int i = 0; i < 4; i++) {
            if (!Double.isFinite(cuts[i]) || (i > 0 && cuts[i] < cuts[i - 1])) {
                throw new IllegalArgumentException(
                        name + " cut points must be finite and ascending, got " + Arrays.toString(cuts));
            }
        }
        return cuts.clone();
    }

    @Override
    public double[] recency() {
        return recency.clone();
    }

    @Override
    public double[] frequency() {
        return frequency.clone();
    }

    @Override
    public double[] monetary() {
        return monetary.clone();
    }

    @Override
    public String toString() {
        return "RfmQuintiles[recency=" + Arrays.toString(recency) + ", frequency=" + Arrays.toString(frequency)
                + ", monetary=" + Arrays.toString(monetary) + "]";
    }

    @Override
    public boolean equals(Object o) {
        return RecordValues.equal(this, o);
    }

    @Override
    public int hashCode() {
        return RecordValues.hash(this);
    }
}
