package com.shopperspectrum.core.recommend;

/**
 * How to fit {@link EaseRegression}.
 *
 * @param lambda             ridge λ added to the diagonal of the Gram matrix (&gt; 0; larger = smoother weights)
 * @param minSupport         only products bought by at least this many customers take part (&ge; 1); the
 *                           dense n × n inverse limits the model to a few thousand products
 * @param neighbours         how many positive weights to keep per product when the model becomes
 *                           {@link ItemNeighbours} (K, &ge; 1)
 * @param includeNonProducts let non-merchandise codes (postage, fees, …) take part
 * @param signed             keep the K largest weights by magnitude, negative ones included, instead of the K
 *                           largest positive ones (see {@link EaseRegression#neighbours(boolean)})
 */
public record EaseOptions(double lambda, int minSupport, int neighbours, boolean includeNonProducts, boolean signed) {
    /**
     * The largest number of products the dense model accepts: the inverse and the weights take 12·n² bytes
     * (7.5 GB here), checked against the free heap before the fit, and the O(n³) inverse takes minutes.
     */
    public static final int MAX_PRODUCTS = 25_000;

    public EaseOptions {
        if (!(lambda > 0) || Double.isInfinite(lambda)) {
            throw new IllegalArgumentException("EASE lambda must be positive and finite, got " + lambda);
        }
        if (minSupport < 1) {
            throw new IllegalArgumentException("EASE min support must be at least 1, got " + minSupport);
        }
        if (neighbours < 1) {
            throw new IllegalArgumentException("EASE neighbours must be at least 1, got " + neighbours);
        }
    }
}
