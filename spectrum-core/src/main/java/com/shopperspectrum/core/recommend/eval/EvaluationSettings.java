package com.shopperspectrum.core.recommend.eval;

import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.SimilarityOptions;

/**
 * Hyper-parameters of the models compared by {@link StandardRankers}.
 *
 * @param neighbours      K of the item–item models
 * @param halfLifeDays    recency half-life of the item–item models (0 = off)
 * @param easeLambda      EASE ridge λ (&gt; 0)
 * @param easeMinSupport  EASE takes products bought by at least this many training customers
 * @param threads         threads for the similarity kernel
 * @param easeNeighbours  K of the EASE model as served: its K largest weights per product
 * @param easeSigned      the served EASE keeps its largest weights by magnitude (negative ones too), not only the
 *                        largest positive ones
 */
public record EvaluationSettings(
        int neighbours,
        double halfLifeDays,
        double easeLambda,
        int easeMinSupport,
        int threads,
        int easeNeighbours,
        boolean easeSigned) {
    /** With the served EASE's defaults, {@link RecommenderDefaults#EASE_NEIGHBOURS} and {@link RecommenderDefaults#EASE_SIGNED}. */
    public EvaluationSettings(int neighbours, double halfLifeDays, double easeLambda, int easeMinSupport, int threads) {
        this(
                neighbours,
                halfLifeDays,
                easeLambda,
                easeMinSupport,
                threads,
                RecommenderDefaults.EASE_NEIGHBOURS,
                RecommenderDefaults.EASE_SIGNED);
    }

    /** Checks the values. */
    public EvaluationSettings {
        new SimilarityOptions(neighbours, false);
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, got " + threads);
        }
        if (!(halfLifeDays >= 0)) {
            throw new IllegalArgumentException("halfLifeDays must be >= 0, got " + halfLifeDays);
        }
        if (!(easeLambda > 0)) {
            throw new IllegalArgumentException("easeLambda must be positive, got " + easeLambda);
        }
        if (easeMinSupport < 1) {
            throw new IllegalArgumentException("easeMinSupport must be at least 1, got " + easeMinSupport);
        }
        if (easeNeighbours < 1) {
            throw new IllegalArgumentException("easeNeighbours must be at least 1, got " + easeNeighbours);
        }
    }
}
