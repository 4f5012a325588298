package com.shopperspectrum.core.recommend.eval;

import java.util.Objects;

/** The same list for everybody: products in a fixed popularity order, minus the customer's own when new only. */
public final class PopularRanker implements Ranker {
    private final String name;
    private final int[] order;
    private final EvaluationData data;

    /** {@code order}: product indices, most popular first. */
    public PopularRanker(String name, int[] order, EvaluationData data) {
        this.name = Objects.requireNonNull(name, "name");
        this.order = order.clone();
        this.data = data;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public int[] recommend(int customer, int k, boolean newOnly) {
        return Fill.from(new int[0], order, k, p -> newOnly && data.history.bought(customer, p));
    }
}
