package com.shopperspectrum.core.segment;

import java.util.Objects;

/**
 * A fitted model and the segments of the customers it was fitted on (row for row with the RFM table).
 *
 * @param model     the fitted model
 * @param customers each fitted customer's cluster, scores and named RFM segment
 */
public record Segmentation(SegmentModel model, CustomerSegments customers) {
    public Segmentation {
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(customers, "customers");
    }
}
