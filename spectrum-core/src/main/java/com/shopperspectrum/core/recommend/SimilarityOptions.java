package com.shopperspectrum.core.recommend;

/**
 * How to build {@link ItemNeighbours}: what the neighbours are, stored with them in a model. How many threads
 * compute them is a run-time setting of {@link CosineItemSimilarity}, not part of these options (the result is the
 * same for any number).
 *
 * @param neighbours         how many neighbours to keep per product (K, &ge; 1; the commands' default is
 *                           {@link RecommenderDefaults#COSINE_NEIGHBOURS})
 * @param includeNonProducts keep non-merchandise codes (postage, fees, …) as neighbours
 */
public record SimilarityOptions(int neighbours, boolean includeNonProducts) {
    /** The commands' defaults: K = {@link RecommenderDefaults#COSINE_NEIGHBOURS}, non-products excluded. */
    public static final SimilarityOptions DEFAULT = new SimilarityOptions(RecommenderDefaults.COSINE_NEIGHBOURS, false);

    public SimilarityOptions {
        if (neighbours < 1) {
            throw new IllegalArgumentException("neighbours must be at least 1, got " + neighbours);
        }
    }
}
