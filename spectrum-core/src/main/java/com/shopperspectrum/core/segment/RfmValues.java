package com.shopperspectrum.core.segment;

import com.shopperspectrum.core.data.InvalidInputException;

/**
 * One customer's recency (days), frequency (invoices) and monetary value, as given to
 * {@link SegmentModel#predict(RfmValues)}. Each must be present, finite and &ge; 0; monetary may be null only
 * for a model fitted without monetary data (the model checks that).
 *
 * @param recency   days since the last purchase
 * @param frequency number of invoices
 * @param monetary  money spent, or null when unavailable
 */
public record RfmValues(Double recency, Double frequency, Double monetary) {
    public RfmValues {
        check("recency", recency, false);
        check("frequency", frequency, false);
        check("monetary", monetary, true);
    }

    private static void check(String field, Double value, boolean mayBeMissing) {
        if (value == null) {
            if (mayBeMissing) {
                return;
            }
            throw new InvalidInputException(field + " is missing", field);
        }
        if (!Double.isFinite(value)) {
            throw new InvalidInputException(field + " must be a finite number, got " + value, field);
        }
        if (value < 0) {
            throw new InvalidInputException(field + " must be >= 0, got " + value, field);
        }
    }
}
