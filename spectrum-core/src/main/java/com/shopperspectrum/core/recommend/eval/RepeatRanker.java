package com.shopperspectrum.core.recommend.eval;

import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.TopK;

/**
 * The customer's own products, most bought first (by lines, then units): the repeat-purchase baseline. It
 * has nothing to offer among new products.
 */
public final class RepeatRanker implements Ranker {
    private final EvaluationData data;

    public RepeatRanker(EvaluationData data) {
        this.data = data;
    }

    @Override
    public String name() {
        return "repeat";
    }

    @Override
    public int[] recommend(int customer, int k, boolean newOnly) {
        if (newOnly) {
            return new int[0];
        }
        PurchaseHistory h = data.history;
        TopK top = new TopK(k);
        for (int i = 0; i < h.size(customer); i++) {
            if (data.candidate(h.item(customer, i))) {
                top.offer(h.item(customer, i), h.lines(customer, i) + h.units(customer, i) * 1e-9);
            }
        }
        int[] out = new int[top.size()];
        top.drainInto(out, new double[out.length], 0);
        return out;
    }
}
