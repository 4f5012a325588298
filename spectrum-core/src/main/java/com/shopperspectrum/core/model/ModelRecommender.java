package com.shopperspectrum.core.model;

import com.shopperspectrum.core.data.Dictionary;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.EaseRegression;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.Recommender;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.RecommenderType;

/**
 * The {@link Recommender} of a trained model, without the transactions: the model's catalogue, histories and
 * recommender neighbours share the product rows, so nothing is re-indexed. The result recommends exactly what a
 * recommender built from the training data recommends.
 */
public final class ModelRecommender {
    private ModelRecommender() {}

    /** The recommender of the model's {@link SpectrumModel#recommender() recommender} neighbours. */
    public static Recommender of(SpectrumModel model) {
        return Recommender.of(
                model.histories(),
                Dictionary.of(model.customers().rfm().customerIds()),
                model.products(),
                model.recommender().neighbours());
    }

    /**
     * The model with EASE ({@link EaseRegression}, fitted on its purchase histories) as its recommender, with
     * the default half-life of EASE. Both engines call this once the tables are built; when EASE cannot be
     * fitted (too many products for its dense inverse) the model keeps the cosine and its metadata says why.
     */
    public static SpectrumModel withEase(SpectrumModel model, EaseOptions ease) {
        try {
            ItemNeighbours fitted = EaseRegression.fit(model.histories(), model.products(), ease)
                    .neighbours();
            return model.withRecommender(
                    new StoredRecommender(
                            RecommenderType.EASE, ease, RecommenderDefaults.halfLifeDays(RecommenderType.EASE), fitted),
                    model.metadata());
        } catch (IllegalArgumentException e) {
            return model.withRecommender(
                    StoredRecommender.cosine(model.neighbours()),
                    model.metadata().withWarning("recommendations use the item-item cosine: " + e.getMessage()));
        }
    }
}
