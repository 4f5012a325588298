package com.shopperspectrum.spark;

import com.shopperspectrum.core.clean.CleaningReport;
import java.util.Objects;

/** The clean lines (not yet computed: a DataFrame plan) and the report of what cleaning removed. */
public record SparkCleaning(TransactionFrame clean, CleaningReport report) {
    public SparkCleaning {
        Objects.requireNonNull(clean, "clean");
        Objects.requireNonNull(report, "report");
    }
}
