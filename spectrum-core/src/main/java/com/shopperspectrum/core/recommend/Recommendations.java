package com.shopperspectrum.core.recommend;

import java.util.List;
import java.util.Objects;

/**
 * A customer's (or a basket's) suggestions, best first.
 *
 * @param customer  the customer id, or {@code null} for an anonymous basket
 * @param fallback  true when the customer had no usable history and got the recent popular products instead
 * @param items     the suggestions
 */
public record Recommendations(String customer, boolean fallback, List<Recommendation> items) {
    public Recommendations {
        Objects.requireNonNull(items, "items");
        items = List.copyOf(items);
    }
}
