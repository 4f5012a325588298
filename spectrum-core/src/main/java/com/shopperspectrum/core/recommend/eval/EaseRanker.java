package com.shopperspectrum.core.recommend.eval;

import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.EaseRegression;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.TopK;

/**
 * The full, dense EASE model ({@link EaseRegression}, Steck 2019): a customer's scores are {@code x_u · B} over
 * every product of the model, negative weights included. It is the reference against which the served form —
 * B's top-K positive weights as neighbours ({@link EaseRegression#neighbours()}, scored by {@link CosineRanker})
 * — is measured. Products outside the model are never recommended; a list is completed from the popularity order.
 */
public final class EaseRanker implements Ranker {
    private final String name;
    private final EvaluationData data;
    private final EaseRegression ease;
    private final int[] fallback;

    private EaseRanker(String name, EvaluationData data, EaseRegression ease, int[] fallback) {
        this.name = name;
        this.data = data;
        this.ease = ease;
        this.fallback = fallback;
    }

    /** Fits B with ridge {@code lambda} on merchandise products with at least {@code minSupport} customers. */
    public static EaseRanker fit(EvaluationData data, double lambda, int minSupport, int[] fallback) {
        return of(
                EaseRegression.fit(data.history, data.catalog, new EaseOptions(lambda, minSupport, 1, false, false)),
                data,
                fallback);
    }

    /** Wraps an already fitted model (fitted on {@code data}'s training period). */
    public static EaseRanker of(EaseRegression ease, EvaluationData data, int[] fallback) {
        return new EaseRanker(name(ease.options().lambda()), data, ease, fallback.clone());
    }

    /** {@code ease-l<λ>}. */
    public static String name(double lambda) {
        return "ease-l" + (lambda == Math.rint(lambda) ? String.valueOf((long) lambda) : String.valueOf(lambda));
    }

    @Override
    public String name() {
        return name;
    }

    /** Number of products in the model. */
    public int products() {
        return ease.products();
    }

    @Override
    public int[] recommend(int customer, int k, boolean newOnly) {
        PurchaseHistory h = data.history;
        int n = ease.products();
        double[] score = new double[n];
        for (int t = 0; t < h.size(customer); t++) {
            int l = ease.position(h.item(customer, t));
            if (l >= 0) {
                for (int j = 0; j < n; j++) {
                    score[j] += ease.weight(l, j);
                }
            }
        }
        TopK top = new TopK(k);
        for (int j = 0; j < n; j++) {
            if (!(newOnly && h.bought(customer, ease.product(j)))) {
                top.offer(ease.product(j), score[j]);
            }
        }
        int[] ranked = new int[top.size()];
        top.drainInto(ranked, new double[ranked.length], 0);
        return Fill.from(ranked, fallback, k, p -> newOnly && h.bought(customer, p));
    }
}
