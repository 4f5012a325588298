package com.shopperspectrum.core.cohort;

import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.CustomerSegments;
import com.shopperspectrum.core.segment.SegmentModel;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The customers as of a day D: their RFM from the clean transactions strictly before D with snapshot day D (a
 * purchase on D − 1 has recency 1), and their k-means segment and RFM scores under a given segmentation. The
 * customers with no purchase before D are absent ("not yet customers").
 *
 * @param asOf     the day D
 * @param rfm      RFM as of D, rows in customer-id order
 * @param segments each row's cluster, scores and named RFM segment under the segmentation
 */
public record SegmentState(LocalDate asOf, RfmTable rfm, CustomerSegments segments) {
    public SegmentState {
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(rfm, "rfm");
        Objects.requireNonNull(segments, "segments");
        if (rfm.size() != segments.size()) {
            throw new IllegalArgumentException(rfm.size() + " customers, " + segments.size() + " segments");
        }
    }

    /** The number of customers as of D. */
    public int size() {
        return rfm.size();
    }

    /** The state of {@code clean} as of {@code asOf}, scored with {@code model}. */
    public static SegmentState of(TransactionTable clean, LocalDate asOf, SegmentModel model) {
        return score(asOf, new RfmCalculator().compute(clean, asOf), model);
    }

    /**
     * The customers of {@code rfm} scored with {@code model}: each goes to the nearest centroid of its scaled
     * (recency, frequency[, monetary]) and gets the model's RFM quintile scores, as {@link SegmentModel#predict}
     * scores one triple.
     */
    public static SegmentState score(LocalDate asOf, RfmTable rfm, SegmentModel model) {
        int d = model.hasMonetary() ? 3 : 2;
        double[][] raw = new double[rfm.size()][d];
        for (int i = 0; i < rfm.size(); i++) {
            raw[i][0] = rfm.recency(i);
            raw[i][1] = rfm.frequency(i);
            if (d == 3) {
                raw[i][2] = rfm.monetary(i);
            }
        }
        int[] labels = model.clusters().assign(model.scaler().transformAll(raw));
        return new SegmentState(asOf, rfm, CustomerSegments.score(model, raw, labels));
    }
}
