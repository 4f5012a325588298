package com.shopperspectrum.core.segment;

import com.shopperspectrum.core.data.RecordValues;
import java.util.Arrays;
import java.util.Objects;

/**
 * A fitted feature transform: {@link FeatureTransform} per value, then z-score with the mean and the
 * <em>population</em> standard deviation (divisor n, as scikit-learn's {@code StandardScaler}) of the fitted
 * data. A feature with zero spread is scaled by 1 (again as {@code StandardScaler}), so it becomes 0 and
 * never NaN.
 *
 * @param transform the per-value transform applied before z-scoring
 * @param mean      per feature, the mean of the transformed fitted values
 * @param scale     per feature, the population standard deviation (1 where it is 0)
 */
public record Scaler(FeatureTransform transform, double[] mean, double[] scale) {
    public Scaler {
        Objects.requireNonNull(transform, "transform");
        mean = mean.clone();
        scale = scale.clone();
        if (mean.length != scale.length || mean.length == 0) {
            throw new IllegalArgumentException("Scaler: mean and scale must have the same non-zero length, got "
                    + mean.length + " and " + scale.length);
        }
        for (int j = 0; j < scale.length; j++) {
            if (!(scale[j] > 0) || !Double.isFinite(scale[j]) || !Double.isFinite(mean[j])) {
                throw new IllegalArgumentException("Scaler: feature " + j + " has mean " + mean[j] + " and scale "
                        + scale[j] + "; both must be finite and the scale > 0");
            }
        }
    }

    /** Fits to the rows of {@code raw} (one row per customer, one column per feature). */
    public static Scaler fit(double[][] raw, FeatureTransform transform) {
        if (raw.length == 0) {
            throw new IllegalArgumentException("Scaler: no rows to fit");
        }
        int d = raw[0].length;
        double[] mean = new double[d];
        double[] scale = new double[d];
        for (int j = 0; j < d; j++) {
            double sum = 0;
            for (double[] row : raw) {
                sum += transform.apply(row[j]);
            }
            mean[j] = sum / raw.length;
            double squares = 0;
            for (double[] row : raw) {
                double dev = transform.apply(row[j]) - mean[j];
                squares += dev * dev;
            }
            double std = Math.sqrt(squares / raw.length);
            scale[j] = std > 0 ? std : 1.0;
        }
        return new Scaler(transform, mean, scale);
    }

    public int dimension() {
        return mean.length;
    }

    /** The feature vector of one raw row. */
    public double[] transform(double[] raw) {
        if (raw.length != mean.length) {
            throw new IllegalArgumentException("Scaler: expected " + mean.length + " values, got " + raw.length);
        }
        double[] out = new double[raw.length];
        for (int j = 0; j < raw.length; j++) {
            out[j] = (transform.apply(raw[j]) - mean[j]) / scale[j];
        }
        return out;
    }

    /** The feature vectors of many raw rows. */
    public double[][] transformAll(double[][] raw) {
        double[][] out = new double[raw.length][];
        for (int i = 0; i < raw.length; i++) {
            out[i] = transform(raw[i]);
        }
        return out;
    }

    @Override
    public double[] mean() {
        return mean.clone();
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    @Override
    public String toString() {
        return "Scaler[" + transform.label() + ", mean=" + Arrays.toString(mean) + ", scale=" + Arrays.toString(scale)
                + "]";
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
