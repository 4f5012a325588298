package com.shopperspectrum.core.cohort;

import java.util.Objects;

/**
 * One customer's state as of A and as of B. The {@code *From} fields are null for a customer with no purchase
 * before A. Monetary values are null when the data has no prices.
 *
 * @param customerId    the customer
 * @param segmentFrom   the k-means segment as of A (null: not yet a customer)
 * @param segmentTo     the k-means segment as of B
 * @param rfmFrom       the named RFM segment as of A (null: not yet a customer)
 * @param rfmTo         the named RFM segment as of B
 * @param recencyFrom   recency as of A
 * @param recencyTo     recency as of B
 * @param frequencyFrom frequency as of A
 * @param frequencyTo   frequency as of B
 * @param monetaryFrom  monetary value as of A
 * @param monetaryTo    monetary value as of B
 */
public record CustomerMove(
        String customerId,
        String segmentFrom,
        String segmentTo,
        String rfmFrom,
        String rfmTo,
        Integer recencyFrom,
        int recencyTo,
        Integer frequencyFrom,
        int frequencyTo,
        Double monetaryFrom,
        Double monetaryTo) {
    public CustomerMove {
        Objects.requireNonNull(customerId, "customerId");
        Objects.requireNonNull(segmentTo, "segmentTo");
        Objects.requireNonNull(rfmTo, "rfmTo");
    }

    /** Whether the customer had a purchase before A. */
    public boolean wasCustomer() {
        return segmentFrom != null;
    }
}
