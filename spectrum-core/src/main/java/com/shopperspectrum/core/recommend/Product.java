package com.shopperspectrum.core.recommend;

import java.util.Objects;

/**
 * One stock code as the clean transactions show it.
 *
 * @param index          the product's row in its {@link ProductCatalog}: its index in every model part
 * @param stockCode      the stock code
 * @param description    the most frequent description among its clean rows ("" when none)
 * @param quantity       units sold
 * @param revenue        sum of quantity × unit price (NaN when the input has no prices)
 * @param customers      distinct customers who bought it
 * @param popularityRank 1 for the product bought by most customers (ties: more units, then stock code)
 * @param nonProduct     true for a non-merchandise code (postage, fees, …)
 */
public record Product(
        int index,
        String stockCode,
        String description,
        long quantity,
        double revenue,
        int customers,
        int popularityRank,
        boolean nonProduct) {
    public Product {
        Objects.requireNonNull(stockCode, "stockCode");
        description = description == null ? "" : description;
        if (index < 0 || customers < 0 || popularityRank < 1) {
            throw new IllegalArgumentException("product " + stockCode + ": index " + index + ", customers " + customers
                    + ", rank " + popularityRank + " out of range");
        }
    }
}
