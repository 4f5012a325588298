package com.shopperspectrum.core.recommend.eval;

import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.NeighbourScorer;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.TopK;
import java.util.Objects;

/**
 * Item–item neighbours scored as the {@link com.shopperspectrum.core.recommend.Recommender} does (summed
 * similarity, optional recency half-life), completed from a popularity order when the neighbours run out.
 */
public final class CosineRanker implements Ranker {
    private final String name;
    private final ItemNeighbours neighbours;
    private final EvaluationData data;
    private final double halfLifeDays;
    private final int[] fallback;
    private final ThreadLocal<NeighbourScorer> scorer;

    public CosineRanker(
            String name, ItemNeighbours neighbours, EvaluationData data, double halfLifeDays, int[] fallback) {
        this.name = Objects.requireNonNull(name, "name");
        this.neighbours = neighbours;
        this.data = data;
        this.halfLifeDays = halfLifeDays;
        this.fallback = fallback.clone();
        this.scorer = ThreadLocal.withInitial(() -> new NeighbourScorer(neighbours));
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int[] recommend(int customer, int k, boolean newOnly) {
        PurchaseHistory h = data.history;
        int m = h.size(customer);
        int[] items = new int[m];
        double[] weights = new double[m];
        for (int i = 0; i < m; i++) {
            items[i] = h.item(customer, i);
            weights[i] =
                    halfLifeDays == 0 ? 1 : Math.pow(0.5, (h.lastDayOfData() - h.lastDay(customer, i)) / halfLifeDays);
        }
        TopK top = new TopK(k);
        scorer.get().rank(items, weights, m, j -> !data.candidate(j) || (newOnly && h.bought(customer, j)), top);
        int[] ranked = new int[top.size()];
        top.drainInto(ranked, new double[ranked.length], 0);
        return Fill.from(ranked, fallback, k, p -> newOnly && h.bought(customer, p));
    }

    public ItemNeighbours neighbours() {
        return neighbours;
    }
}
