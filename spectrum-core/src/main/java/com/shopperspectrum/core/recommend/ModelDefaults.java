package com.shopperspectrum.core.recommend;

/**
 * The settings that {@code similar} and {@code recommend} use unless told otherwise, chosen by offline
 * evaluation on Online Retail (tuned on the 90 days before the last 90, then reported on the last 90; see
 * the README's evaluation section).
 */
public final class ModelDefaults {
    public static final Scope SCOPE = Scope.CUSTOMER;
    public static final Weighting WEIGHTING = Weighting.BM25;
    public static final int NEIGHBOURS = SimilarityOptions.DEFAULT_NEIGHBOURS;
    /** Recency half-life of {@code recommend}, in days; 0 = off. */
    public static final double HALF_LIFE_DAYS = 0;

    private ModelDefaults() {
    }

    /** The default model's name as the evaluation reports it. */
    public static String modelName() {
        return "cosine-" + WEIGHTING.name().toLowerCase(java.util.Locale.ROOT) + "-"
                + SCOPE.name().toLowerCase(java.util.Locale.ROOT);
    }
}
