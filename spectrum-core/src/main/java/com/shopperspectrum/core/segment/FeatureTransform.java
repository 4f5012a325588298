package com.shopperspectrum.core.segment;

/**
 * How raw RFM values become features before z-scoring. RFM values are heavily right-skewed (a few customers
 * buy hundreds of times), so k-means on raw z-scores spends most clusters on outliers; {@code LOG} compresses
 * the tails first.
 */
public enum FeatureTransform {
    /** {@code log1p} of each value, then z-score (the default). */
    LOG,
    /** Z-score only (the original method). */
    NONE;

    /** The value before z-scoring. */
    public double apply(double value) {
        return this == LOG ? Math.log1p(value) : value;
    }

    /** The lower-case name used on the command line and in JSON. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
