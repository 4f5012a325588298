package com.shopperspectrum.core.recommend;

/** Which model turns purchases into the neighbours that {@link Recommender} sums. */
public enum RecommenderType {
    /** Item–item cosine similarity ({@link CosineItemSimilarity}); the scores are similarities in [0, 1]. */
    COSINE,
    /** EASE ({@link EaseRegression}): the top-K positive regression weights of every product. */
    EASE
}
