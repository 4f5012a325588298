package com.shopperspectrum.core.model;

import com.shopperspectrum.core.data.Dictionary;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.EaseRegression;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.Recommender;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.RecommenderType;
import java.util.Arrays;

/**
 * The {@link Recommender} of a trained model, without the transactions: the model's catalogue, histories and
 * recommender neighbours share the product rows, so nothing is re-indexed. The result recommends exactly what a
 * recommender built from the training data recommends.
 */
public final class ModelRecommender {
    /** The metadata option naming the inverse that fitted EASE ({@link EaseRegression#inverse()}). */
    public static final String EASE_INVERSE = "easeInverse";

    private ModelRecommender() {}

    /**
     * The recommender of the model's {@link SpectrumModel#recommender() recommender} neighbours. It also knows the
     * customers {@code withoutPurchases} (ids not in the model, for example of customers in the training data who
     * only cancelled orders): they have no history, so they get the popular products.
     */
    public static Recommender of(SpectrumModel model, String... withoutPurchases) {
        String[] ids = model.customers().rfm().customerIds();
        String[] all = Arrays.copyOf(ids, ids.length + withoutPurchases.length);
        System.arraycopy(withoutPurchases, 0, all, ids.length, withoutPurchases.length);
        return Recommender.of(
                model.histories().withEmptyRows(withoutPurchases.length),
                Dictionary.of(all),
                model.products(),
                model.recommender().neighbours());
    }

    /**
     * The model with EASE ({@link EaseRegression}, fitted on its purchase histories) as its recommender, with
     * the default half-life of EASE; the metadata's option {@link #EASE_INVERSE} says which inverse ran. Both engines call this once the tables are built; when EASE cannot be
     * fitted (too many products for its dense inverse) the model keeps the cosine and its metadata says why.
     */
    public static SpectrumModel withEase(SpectrumModel model, EaseOptions ease) {
        try {
            return withEase(model, ease, EaseRegression.fit(model.histories(), model.products(), ease), null);
        } catch (IllegalArgumentException e) {
            return withEase(model, ease, null, e.getMessage());
        }
    }

    /**
     * The model with the recommender of an EASE fit made elsewhere (the trainer fits it at the same time as the
     * other parts), or, when the fit was refused for {@code failure}, the item-item cosine with that warning.
     */
    public static SpectrumModel withEase(SpectrumModel model, EaseOptions ease, EaseRegression fit, String failure) {
        return withEase(model, ease, fit, fit == null ? null : fit.neighbours(), failure);
    }

    /**
     * {@link #withEase(SpectrumModel, EaseOptions, EaseRegression, String)} with the fit's
     * {@link EaseRegression#neighbours()} computed already (the trainer computes them in the fit's own stage,
     * beside the other parts, rather than after all of them).
     */
    public static SpectrumModel withEase(
            SpectrumModel model, EaseOptions ease, EaseRegression fit, ItemNeighbours neighbours, String failure) {
        if (fit == null) {
            return model.withRecommender(
                    StoredRecommender.cosine(model.neighbours()),
                    model.metadata().withWarning("recommendations use the item-item cosine: " + failure));
        }
        return model.withRecommender(
                new StoredRecommender(
                        RecommenderType.EASE, ease, RecommenderDefaults.halfLifeDays(RecommenderType.EASE), neighbours),
                model.metadata().withOption(EASE_INVERSE, fit.inverse()));
    }
}
