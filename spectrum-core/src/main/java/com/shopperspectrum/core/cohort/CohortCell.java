package com.shopperspectrum.core.cohort;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One cell of the retention triangle: a cohort in one period after its own.
 *
 * @param cohort           the cohort's name ({@link CohortPeriod#name(int)}: {@code 2010-12}, {@code 2010-Q4}, or
 *                         the Monday of the week)
 * @param cohortStart      the first day of the cohort's period
 * @param periodIndex      whole periods from the cohort's period to this one (0 = the cohort's own)
 * @param cohortSize       customers whose first clean purchase is in the cohort's period
 * @param active           of them, the customers with at least one clean purchase in this period
 * @param retention        {@code active / cohortSize}
 * @param revenue          the cohort's clean revenue in this period, or null when the data has no prices
 * @param revenueRetention the revenue over the cohort's revenue in period 0, or null when that is not positive
 *                         (or the data has no prices)
 */
public record CohortCell(
        String cohort,
        LocalDate cohortStart,
        int periodIndex,
        int cohortSize,
        int active,
        double retention,
        Double revenue,
        Double revenueRetention) {
    public CohortCell {
        Objects.requireNonNull(cohort, "cohort");
        Objects.requireNonNull(cohortStart, "cohortStart");
        if (periodIndex < 0 || cohortSize <= 0 || active < 0 || active > cohortSize) {
            throw new IllegalArgumentException(
                    "cohort " + cohort + " period " + periodIndex + ": " + active + " active of " + cohortSize);
        }
        if (revenue != null && !Double.isFinite(revenue)
                || revenueRetention != null && !Double.isFinite(revenueRetention)) {
            throw new IllegalArgumentException("cohort " + cohort + " period " + periodIndex + ": revenue " + revenue
                    + ", revenue retention " + revenueRetention);
        }
    }
}
