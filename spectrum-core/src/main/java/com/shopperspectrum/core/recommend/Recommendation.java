package com.shopperspectrum.core.recommend;

import java.util.List;
import java.util.Objects;

/**
 * One suggested product.
 *
 * @param stockCode   the product
 * @param description its description
 * @param score       summed similarity to the customer's products (0 for a popularity fill-in)
 * @param because     stock codes of the customer's products that contributed most, strongest first (empty
 *                    for a popularity suggestion)
 */
public record Recommendation(String stockCode, String description, double score, List<String> because) {
    public Recommendation {
        Objects.requireNonNull(stockCode, "stockCode");
        description = description == null ? "" : description;
        because = List.copyOf(because);
    }
}
