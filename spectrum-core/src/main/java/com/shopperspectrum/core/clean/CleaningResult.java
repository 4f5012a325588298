package com.shopperspectrum.core.clean;

import com.shopperspectrum.core.data.TransactionTable;
import java.util.Objects;

/**
 * The raw table, the clean table (the rows that passed every applied rule, in input order, sharing the raw
 * table's dictionaries) and the report of what was removed.
 */
public record CleaningResult(TransactionTable raw, TransactionTable clean, CleaningReport report) {
    public CleaningResult {
        Objects.requireNonNull(raw, "raw");
        Objects.requireNonNull(clean, "clean");
        Objects.requireNonNull(report, "report");
    }
}
