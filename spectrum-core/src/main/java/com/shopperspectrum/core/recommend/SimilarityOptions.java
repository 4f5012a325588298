package com.shopperspectrum.core.recommend;

/**
 * How to build {@link ItemNeighbours}.
 *
 * @param neighbours         how many neighbours to keep per product (K, &ge; 1; 50 by default)
 * @param threads            worker threads (&ge; 1); the result is the same for any number
 * @param includeNonProducts keep non-merchandise codes (postage, fees, …) as neighbours
 */
public record SimilarityOptions(int neighbours, int threads, boolean includeNonProducts) {
    public static final int DEFAULT_NEIGHBOURS = 50;

    public SimilarityOptions {
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be at least 1, got " + neighbours);
        }
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
    }

    /** K = 50, one thread per available processor, non-products excluded. */
    public static SimilarityOptions defaults() {
        return new SimilarityOptions(DEFAULT_NEIGHBOURS, Runtime.getRuntime().availableProcessors(), false);
    }
}
