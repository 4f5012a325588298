package com.shopperspectrum.spark;

import com.shopperspectrum.core.clean.CleaningReport;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The clean lines and the sales lines (not yet computed: DataFrame plans) and the report of what cleaning removed.
 *
 * @param clean  the lines every applied rule keeps (RFM, similarity, the recommender)
 * @param sales  the lines every applied rule but the missing-customer rule keeps, as {@code Cleaner.sales} gives
 *               them: real sales, counted by the demand series
 * @param report what cleaning removed, by rule
 * @param lines  the cached distinct lines both are read from (with duplicates dropped), or null
 */
public record SparkCleaning(TransactionFrame clean, TransactionFrame sales, CleaningReport report, Dataset<Row> lines) {
    public SparkCleaning {
        Objects.requireNonNull(clean, "clean");
        Objects.requireNonNull(sales, "sales");
        Objects.requireNonNull(report, "report");
    }

    /** Frees the cached distinct lines once the model is built from the clean and sales lines. */
    public void release() {
        if (lines != null) {
            lines.unpersist();
        }
    }
}
