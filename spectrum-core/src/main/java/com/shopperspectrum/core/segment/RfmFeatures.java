package com.shopperspectrum.core.segment;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.rfm.RfmTable;

/** The raw feature rows of an RFM table: (recency, frequency, monetary), or (recency, frequency) without prices. */
final class RfmFeatures {
    private RfmFeatures() {}

    static double[][] rows(RfmTable rfm) {
        int d = rfm.hasMonetary() ? 3 : 2;
        double[][] rows = new double[rfm.size()][d];
        for (int i = 0; i < rfm.size(); i++) {
            rows[i][0] = check(rfm, i, "recency", rfm.recency(i));
            rows[i][1] = check(rfm, i, "frequency", rfm.frequency(i));
            if (d == 3) {
                rows[i][2] = check(rfm, i, "monetary", rfm.monetary(i));
            }
        }
        return rows;
    }

    private static double check(RfmTable rfm, int row, String field, double value) {
        if (!(value >= 0) || !Double.isFinite(value)) {
            throw new InvalidInputException(
                    "customer " + rfm.customerId(row) + ": " + field
                            + " must be a finite number >= 0, got " + value
                            + ("recency".equals(field) ? " (is the snapshot date before their last purchase?)" : ""),
                    field);
        }
        return value;
    }
}
