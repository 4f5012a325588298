package com.shopperspectrum.spark;

import com.shopperspectrum.core.rfm.RfmTable;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * RFM on both sides: the table on the driver (customer-id order) and the same values on the cluster as a cached
 * DataFrame with columns customer, recency, frequency, monetary (in no particular order).
 */
public record SparkRfmResult(RfmTable table, Dataset<Row> frame) {
    public SparkRfmResult {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(frame, "frame");
    }
}
