package com.shopperspectrum.core.recommend.eval;

import com.shopperspectrum.core.recommend.CosineItemSimilarity;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.EaseRegression;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.Popularity;
import com.shopperspectrum.core.recommend.Product;
import com.shopperspectrum.core.recommend.PurchaseMatrix;
import com.shopperspectrum.core.recommend.Recommender;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.recommend.Weighting;
import java.util.ArrayList;
import java.util.List;

/**
 * The models of the evaluation table, fitted on the training period: {@code popular} (most customers over
 * the whole training period), {@code popular-recent} (most customers in its last 90 days), {@code repeat},
 * {@code cosine-<weighting>-<scope>} for every weighting and scope, {@code ease-l<λ>} (the full dense EASE) and
 * {@code ease-l<λ>-k<K>[-signed]} (EASE as {@code recommend} serves it: the top-K weights of B as neighbours, the
 * largest positive ones or, signed, the largest by magnitude, K and sign as the settings say; half-life
 * {@link RecommenderDefaults#EASE_HALF_LIFE_DAYS}).
 */
public final class StandardRankers {
    private StandardRankers() {}

    public static List<Ranker> fit(EvaluationData data, EvaluationSettings s) {
        List<Ranker> models = new ArrayList<>();
        int[] recent = Popularity.recent(data.history, data.catalog, Recommender.RECENT_DAYS, false);
        int[] overall = data.catalog.byPopularity().stream()
                .filter(p -> !p.nonProduct())
                .mapToInt(Product::index)
                .toArray();
        models.add(new PopularRanker("popular", overall, data));
        models.add(new PopularRanker("popular-recent", recent, data));
        models.add(new RepeatRanker(data));
        for (Scope scope : Scope.values()) {
            for (Weighting w : Weighting.values()) {
                models.add(cosine(data, MatrixOptions.of(scope, w), s, recent));
            }
        }
        EaseRegression ease = EaseRegression.fit(
                data.history,
                data.catalog,
                new EaseOptions(s.easeLambda(), s.easeMinSupport(), s.easeNeighbours(), false, s.easeSigned()));
        models.add(EaseRanker.of(ease, data, recent));
        models.add(new CosineRanker(
                RecommenderDefaults.easeName(s.easeLambda(), s.easeNeighbours(), s.easeSigned()),
                ease.neighbours(),
                data,
                RecommenderDefaults.EASE_HALF_LIFE_DAYS,
                recent));
        return models;
    }

    /** One item–item model. */
    public static CosineRanker cosine(EvaluationData data, MatrixOptions matrix, EvaluationSettings s, int[] fallback) {
        PurchaseMatrix m = PurchaseMatrix.of(data.train, data.catalog, matrix);
        ItemNeighbours n = new CosineItemSimilarity(new SimilarityOptions(s.neighbours(), false), s.threads())
                .neighbours(m, data.catalog);
        return new CosineRanker(name(matrix), n, data, s.halfLifeDays(), fallback);
    }

    /** {@code cosine-<weighting>-<scope>}. */
    public static String name(MatrixOptions m) {
        return RecommenderDefaults.cosineName(m);
    }

    /** The recent-popularity order used to complete lists. */
    public static int[] recentPopular(EvaluationData data) {
        return Popularity.recent(data.history, data.catalog, Recommender.RECENT_DAYS, false);
    }
}
