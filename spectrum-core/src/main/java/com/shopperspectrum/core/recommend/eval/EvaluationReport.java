package com.shopperspectrum.core.recommend.eval;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The evaluation table.
 *
 * @param split         first day of the test period
 * @param until         first day after the test period (null = the end of the data)
 * @param k             the cut-off
 * @param testCustomers customers who bought in the test period and have a training history
 * @param results       one row per model and candidate set
 * @param defaultModel  the model that {@code similar} and {@code recommend} use by default
 */
public record EvaluationReport(
        LocalDate split, LocalDate until, int k, int testCustomers, List<RankerResult> results, String defaultModel) {
    public EvaluationReport {
        Objects.requireNonNull(split, "split");
        results = List.copyOf(results);
    }

    /** The row of a model and candidate set, or null. */
    public RankerResult result(String model, String candidates) {
        for (RankerResult r : results) {
            if (r.model().equals(model) && r.candidates().equals(candidates)) {
                return r;
            }
        }
        return null;
    }
}
