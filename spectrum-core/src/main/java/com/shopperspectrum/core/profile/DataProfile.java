package com.shopperspectrum.core.profile;

import java.time.LocalDateTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data-quality and exploratory summary of a transactions file: what cleaning removed, the size of the
 * clean data, quality counts on the raw rows, top products, monthly trend, countries and RFM distributions.
 * Money figures are null when the input has no prices ({@code moneyAvailable == false}).
 *
 * @param rows      raw, one count per applied cleaning rule (by rule key), clean — in that order
 * @param reversedRevenue the revenue of the purchases removed as reversed by a later cancellation (rule
 *                  {@code reversed}); null when that rule did not apply or there are no prices
 * @param countries the number of distinct countries; {@code byCountry} has the per-country table
 * @param topProducts top ten by units and by revenue, merchandise only (non-product codes never appear)
 * @param quality   duplicateRows, nonProductRows, adjustmentRows, missingDescription, codesWithSeveralDescriptions
 * @param rfm       the RFM distributions, null when no clean row has a customer
 * @param noProductColumn true when the input had no product column: {@code products} is 0 and
 *                  {@code topProducts} empty, and outputs say products are not in the data (false in models
 *                  written before it existed, which all had products)
 */
public record DataProfile(
        Map<String, Long> rows,
        Double reversedRevenue,
        long customers,
        long products,
        long invoices,
        long countries,
        Double revenue,
        boolean moneyAvailable,
        LocalDateTime firstDate,
        LocalDateTime lastDate,
        Map<String, Long> quality,
        TopProducts topProducts,
        List<Month> monthly,
        List<Country> byCountry,
        Rfm rfm,
        boolean noProductColumn) {
    public DataProfile {
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
        quality = Collections.unmodifiableMap(new LinkedHashMap<>(quality));
        monthly = List.copyOf(monthly);
        byCountry = List.copyOf(byCountry);
    }

    /** This profile for an input without a product column: no product count, top products or code quality. */
    public DataProfile withoutProducts() {
        Map<String, Long> q = new LinkedHashMap<>(quality);
        q.computeIfPresent("codesWithSeveralDescriptions", (k, v) -> 0L);
        TopProducts none = new TopProducts(List.of(), List.of());
        return new DataProfile(
                rows,
                reversedRevenue,
                customers,
                0,
                invoices,
                countries,
                revenue,
                moneyAvailable,
                firstDate,
                lastDate,
                q,
                none,
                monthly,
                byCountry,
                rfm,
                true);
    }

    /** A product with its clean quantity and revenue (null without prices). */
    public record ProductTotal(String stockCode, String description, long quantity, Double revenue) {}

    /** Top products by quantity and by revenue (empty without prices). */
    public record TopProducts(List<ProductTotal> byQuantity, List<ProductTotal> byRevenue) {
        public TopProducts {
            byQuantity = List.copyOf(byQuantity);
            byRevenue = List.copyOf(byRevenue);
        }
    }

    /** One calendar month ({@code yyyy-MM}) of clean data. */
    public record Month(String month, Double revenue, long invoices, long customers) {}

    /** One country of clean data. */
    public record Country(String country, Double revenue, long invoices, long customers) {}

    /** Distributions of recency (days), frequency (invoices) and monetary value per customer. */
    public record Rfm(Distribution recency, Distribution frequency, Distribution monetary) {}
}
