package com.shopperspectrum.core.recommend;

import com.shopperspectrum.core.data.InvalidInputException;

/**
 * What a personal recommendation asks for.
 *
 * @param n                how many products (&ge; 1)
 * @param includePurchased also suggest products the customer (or basket) already has
 * @param halfLifeDays     recency weighting: a purchase {@code d} days before the last day of the data counts
 *                         {@code 0.5^(d / halfLifeDays)}; 0 = every purchase counts 1
 */
public record RecommendOptions(int n, boolean includePurchased, double halfLifeDays) {
    public RecommendOptions {
        if (n <= 0) {
            throw new InvalidInputException("n must be at least 1, got " + n, "n");
        }
        if (!(halfLifeDays >= 0) || Double.isInfinite(halfLifeDays)) {
            throw new InvalidInputException(
                    "half-life must be 0 (off) or a positive number of days, got " + halfLifeDays, "halfLifeDays");
        }
    }
}
