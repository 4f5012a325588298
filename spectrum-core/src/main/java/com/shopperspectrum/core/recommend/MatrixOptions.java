package com.shopperspectrum.core.recommend;

import java.util.Objects;

/**
 * How to build a {@link PurchaseMatrix}.
 *
 * @param scope     customers or invoices as rows
 * @param weighting the cell weighting (see {@link Weighting})
 * @param k1        BM25 term-frequency saturation (&gt; 0; 1.2 is the usual default)
 * @param b         BM25 length normalisation in [0, 1] (0.75 is the usual default)
 */
public record MatrixOptions(Scope scope, Weighting weighting, double k1, double b) {
    public MatrixOptions {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(weighting, "weighting");
        if (!(k1 > 0) || Double.isInfinite(k1)) {
            throw new IllegalArgumentException("k1 must be positive and finite, got " + k1);
        }
        if (!(b >= 0 && b <= 1)) {
            throw new IllegalArgumentException("b must be in [0, 1], got " + b);
        }
    }

    /** The given scope and weighting with the usual BM25 parameters k1 = 1.2, b = 0.75. */
    public static MatrixOptions of(Scope scope, Weighting weighting) {
        return new MatrixOptions(scope, weighting, 1.2, 0.75);
    }
}
