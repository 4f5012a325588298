package com.shopperspectrum.core.model;

import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.RecommenderType;
import java.util.Objects;

/**
 * The model behind a trained model's personal recommendations ({@code recommend --model}, the web app): the
 * neighbours that {@link com.shopperspectrum.core.recommend.Recommender} sums and the recency half-life it
 * weighs purchases with. By default EASE (Steck 2019, see {@link RecommenderDefaults} for how it was chosen), kept as
 * top-K weights per product; the item–item cosine when asked, or when the catalogue is too large for EASE's
 * dense inverse (the trainer records a warning then).
 *
 * @param type         which model the neighbours come from
 * @param ease         the EASE options, or null for the cosine
 * @param halfLifeDays recency half-life of the recommendations in days; 0 = off
 * @param neighbours   the neighbours (for the cosine: the model's cosine neighbours)
 */
public record StoredRecommender(
        RecommenderType type, EaseOptions ease, double halfLifeDays, ItemNeighbours neighbours) {
    public StoredRecommender {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(neighbours, "neighbours");
        if ((type == RecommenderType.EASE) != (ease != null)) {
            throw new IllegalArgumentException("EASE options are required with, and only with, the EASE type");
        }
        if (!(halfLifeDays >= 0) || Double.isInfinite(halfLifeDays)) {
            throw new IllegalArgumentException("half-life must be >= 0 and finite, got " + halfLifeDays);
        }
    }

    /** The cosine neighbours with the default half-life. */
    public static StoredRecommender cosine(ItemNeighbours neighbours) {
        return new StoredRecommender(RecommenderType.COSINE, null, RecommenderDefaults.HALF_LIFE_DAYS, neighbours);
    }

    /** The name under which the evaluation reports this model, e.g. {@code ease-l250-k50}. */
    public String name() {
        if (type == RecommenderType.EASE) {
            return RecommenderDefaults.easeName(ease.lambda(), ease.neighbours(), ease.signed());
        }
        return RecommenderDefaults.cosineName(neighbours.matrixOptions());
    }
}
