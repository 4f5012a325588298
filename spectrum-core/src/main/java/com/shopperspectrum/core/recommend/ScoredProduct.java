package com.shopperspectrum.core.recommend;

import java.util.Objects;

/**
 * A product with a score: a similarity, a recommendation score or a popularity figure, depending on where it
 * comes from.
 *
 * @param stockCode   the product's stock code (upper-cased, trimmed)
 * @param description its most frequent description, or an empty string when it has none
 * @param score       the score; higher is better
 */
public record ScoredProduct(String stockCode, String description, double score) {
    public ScoredProduct {
        Objects.requireNonNull(stockCode, "stockCode");
        description = description == null ? "" : description;
        if (Double.isNaN(score)) {
            throw new IllegalArgumentException("score of " + stockCode + " is NaN");
        }
    }
}
