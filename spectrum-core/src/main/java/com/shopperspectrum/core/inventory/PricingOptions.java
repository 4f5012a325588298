package com.shopperspectrum.core.inventory;

/**
 * When a product has enough price variation for a price-response estimate.
 *
 * @param minWeeks   weeks with sales needed, 3 to 520 (default 8)
 * @param minPriceCv coefficient of variation of the weekly average price needed, in [0, 10] (default 0.05)
 */
public record PricingOptions(int minWeeks, double minPriceCv) {
    public static final PricingOptions DEFAULT = new PricingOptions(8, 0.05);

    public PricingOptions {
        if (minWeeks < 3 || minWeeks > 520) {
            throw new IllegalArgumentException("--min-weeks must be between 3 and 520, got " + minWeeks);
        }
        if (!(minPriceCv >= 0 && minPriceCv <= 10)) {
            throw new IllegalArgumentException("--min-price-cv must be between 0 and 10, got " + minPriceCv);
        }
    }
}
