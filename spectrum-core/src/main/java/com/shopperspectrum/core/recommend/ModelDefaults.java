package com.shopperspectrum.core.recommend;

/**
 * The settings that {@code similar} and {@code recommend} use unless told otherwise, chosen by offline
 * evaluation on Online Retail: the grid (scope × weighting × K ∈ {5..200} × half-life ∈ {0..480 days}, BM25
 * k1 × b, EASE λ × support; {@code bench/TuneRecommendations.java}) was scored on a validation period — fit
 * before 2011-06-13, test 2011-06-13 .. 2011-09-10 — and the setting with the best NDCG@10 on products new to
 * the customer was taken; the last 90 days were used only to report it (README, evaluation section).
 * Customer scope beat invoice scope everywhere; tf-idf and BM25 tied within noise and beat binary and
 * quantity; K between 15 and 20 beat 50 and more (long neighbour lists add weak, popular neighbours).
 */
public final class ModelDefaults {
    public static final Scope SCOPE = Scope.CUSTOMER;
    public static final Weighting WEIGHTING = Weighting.TFIDF;
    public static final int NEIGHBOURS = 15;
    /** Recency half-life of {@code recommend}, in days; 0 = off. */
    public static final double HALF_LIFE_DAYS = 60;

    private ModelDefaults() {
    }

    /** The default model's name as the evaluation reports it. */
    public static String modelName() {
        return "cosine-" + WEIGHTING.name().toLowerCase(java.util.Locale.ROOT) + "-"
                + SCOPE.name().toLowerCase(java.util.Locale.ROOT);
    }
}
