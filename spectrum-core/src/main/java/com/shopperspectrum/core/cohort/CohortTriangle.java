package com.shopperspectrum.core.cohort;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cohort retention triangle: every cohort (ascending) with one cell per period from its own (index 0) to the
 * last period of the data, periods without an active customer included with zeros. Immutable.
 *
 * @param period the period length
 * @param cells  the cells, by cohort then period index
 */
public record CohortTriangle(CohortPeriod period, List<CohortCell> cells) {
    public CohortTriangle {
        Objects.requireNonNull(period, "period");
        cells = List.copyOf(cells);
    }

    /** The number of cohorts. */
    public int cohorts() {
        return (int) cells.stream().filter(c -> c.periodIndex() == 0).count();
    }

    /** The customers in all cohorts (each customer is in exactly one). */
    public int customers() {
        return cells.stream()
                .filter(c -> c.periodIndex() == 0)
                .mapToInt(CohortCell::cohortSize)
                .sum();
    }

    /** The longest row's length: the periods from the first cohort to the last period of the data. */
    public int periods() {
        return cells.stream().mapToInt(CohortCell::periodIndex).max().orElse(-1) + 1;
    }

    /** The cells of each cohort, in cohort order. */
    public Map<String, List<CohortCell>> byCohort() {
        Map<String, List<CohortCell>> rows = new LinkedHashMap<>();
        for (CohortCell c : cells) {
            rows.computeIfAbsent(c.cohort(), k -> new ArrayList<>()).add(c);
        }
        return rows;
    }

    /** The cell of {@code cohort} at {@code periodIndex}, or null when the triangle has none. */
    public CohortCell cell(String cohort, int periodIndex) {
        for (CohortCell c : cells) {
            if (c.cohort().equals(cohort) && c.periodIndex() == periodIndex) {
                return c;
            }
        }
        return null;
    }
}
