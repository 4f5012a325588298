package com.shopperspectrum.core.recommend.eval;

import java.util.Objects;

/**
 * One model's averages over the test customers.
 *
 * @param model      the model's name
 * @param candidates {@code all} (every test purchase counts) or {@code new} (only products the customer had
 *                   not bought before; customers without any are left out)
 * @param customers  customers averaged over
 * @param hr         share of customers with at least one hit in the top k
 * @param precision  hits / k
 * @param recall     hits / relevant products
 * @param ndcg       DCG / ideal DCG at k
 * @param map        average precision at k, normalised by min(k, relevant)
 * @param coverage   distinct products recommended to anyone / candidate products
 */
public record RankerResult(
        String model,
        String candidates,
        int customers,
        double hr,
        double precision,
        double recall,
        double ndcg,
        double map,
        double coverage) {
    public RankerResult {
        Objects.requireNonNull(model, "model");
        if (!candidates.equals("all") && !candidates.equals("new")) {
            throw new IllegalArgumentException("candidates must be all or new, got " + candidates);
        }
    }
}
