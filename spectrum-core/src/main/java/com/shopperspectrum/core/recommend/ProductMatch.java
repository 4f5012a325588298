package com.shopperspectrum.core.recommend;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of looking a product up by stock code or description words.
 *
 * @param query      what was asked
 * @param status     {@code FOUND}: {@code products} holds the one match; {@code AMBIGUOUS}: several products
 *                   match equally well and {@code products} lists them; {@code UNKNOWN}: nothing matches and
 *                   {@code products} holds the closest suggestions (possibly none)
 * @param products   the match, the candidates or the suggestions, best first
 */
public record ProductMatch(String query, Status status, List<Product> products) {
    /** How a lookup ended. */
    public enum Status {
        FOUND,
        AMBIGUOUS,
        UNKNOWN
    }

    public ProductMatch {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(status, "status");
        products = List.copyOf(products);
        if (status == Status.FOUND && products.size() != 1) {
            throw new IllegalArgumentException("a found match holds one product, got " + products.size());
        }
    }

    /** The matched product; only for {@code FOUND}. */
    public Product product() {
        if (status != Status.FOUND) {
            throw new IllegalStateException("no unique product for '" + query + "': " + status);
        }
        return products.get(0);
    }
}
