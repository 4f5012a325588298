package com.shopperspectrum.core.recommend.eval;

import com.shopperspectrum.core.recommend.SimilarityOptions;

/**
 * Hyper-parameters of the models compared by {@link StandardModels}.
 *
 * @param neighbours      K of the item–item models
 * @param halfLifeDays    recency half-life of the item–item models (0 = off)
 * @param easeLambda      EASE ridge λ (&gt; 0)
 * @param easeMinSupport  EASE takes products bought by at least this many training customers
 * @param threads         threads for the similarity kernel
 */
public record EvaluationSettings(int neighbours, double halfLifeDays, double easeLambda, int easeMinSupport,
                                 int threads) {
    public EvaluationSettings {
        new SimilarityOptions(neighbours, threads, false);
        if (!(halfLifeDays >= 0)) {
            throw new IllegalArgumentException("halfLifeDays must be >= 0, got " + halfLifeDays);
        }
        if (!(easeLambda > 0)) {
            throw new IllegalArgumentException("easeLambda must be positive, got " + easeLambda);
        }
        if (easeMinSupport < 1) {
            throw new IllegalArgumentException("easeMinSupport must be at least 1, got " + easeMinSupport);
        }
    }
}
