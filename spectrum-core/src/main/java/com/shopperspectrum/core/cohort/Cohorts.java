package com.shopperspectrum.core.cohort;

import com.shopperspectrum.core.data.LongSort;
import com.shopperspectrum.core.data.TransactionTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Computes the cohort retention triangle (the acquisition-cohort table of cohort analysis; Glenn, "Cohort
 * Analysis", 2005; Fader &amp; Hardie's retention curves) from clean transactions.
 *
 * <p>Definitions: a customer's <b>cohort</b> is the period of their first clean purchase; the <b>period index</b>
 * of a purchase is the whole periods from the cohort's period to the purchase's; a customer is <b>active</b> in a
 * period with at least one clean purchase in it; <b>retention</b> = active / cohort size; <b>revenue
 * retention</b> = the cohort's revenue in the period / its revenue in period 0. Rows without a customer are
 * ignored (cleaning removes them first). One pass to find first days, one to fill the cells, and a sort of the
 * distinct (customer, period) pairs: O(n log n) in the rows.
 */
public final class Cohorts {
    private Cohorts() {}

    /** The triangle of {@code clean} with periods of {@code period}; empty when no row has a customer. */
    public static CohortTriangle triangle(TransactionTable clean, CohortPeriod period) {
        Objects.requireNonNull(clean, "clean");
        Objects.requireNonNull(period, "period");
        int customers = clean.customers().size();
        int[] firstDay = new int[customers];
        Arrays.fill(firstDay, Integer.MAX_VALUE);
        int minDay = Integer.MAX_VALUE;
        int maxDay = Integer.MIN_VALUE;
        for (int r = 0; r < clean.size(); r++) {
            int c = clean.customer(r);
            if (c >= 0) {
                int day = clean.day(r);
                firstDay[c] = Math.min(firstDay[c], day);
                minDay = Math.min(minDay, day);
                maxDay = Math.max(maxDay, day);
            }
        }
        if (minDay == Integer.MAX_VALUE) {
            return new CohortTriangle(period, List.of());
        }
        int[] periodOfDay = new int[maxDay - minDay + 1];
        for (int d = minDay; d <= maxDay; d++) {
            periodOfDay[d - minDay] = period.index(d);
        }
        int first = periodOfDay[0];
        int span = periodOfDay[periodOfDay.length - 1] - first + 1;
        int[] sizes = new int[span];
        for (int c = 0; c < customers; c++) {
            if (firstDay[c] != Integer.MAX_VALUE) {
                sizes[periodOfDay[firstDay[c] - minDay] - first]++;
            }
        }
        int[][] active = new int[span][];
        double[][] revenue = new double[span][];
        for (int k = 0; k < span; k++) {
            active[k] = new int[span - k];
            revenue[k] = new double[span - k];
        }
        long[] pairs = new long[clean.size()];
        int n = 0;
        for (int r = 0; r < clean.size(); r++) {
            int c = clean.customer(r);
            if (c < 0) {
                continue;
            }
            int cohort = periodOfDay[firstDay[c] - minDay] - first;
            int p = periodOfDay[clean.day(r) - minDay] - first;
            revenue[cohort][p - cohort] += clean.amount(r);
            pairs[n++] = (long) c * span + p;
        }
        LongSort.sort(pairs, 0, n);
        for (int i = 0; i < n; i++) {
            if (i == 0 || pairs[i] != pairs[i - 1]) {
                int c = (int) (pairs[i] / span);
                int p = (int) (pairs[i] % span);
                int cohort = periodOfDay[firstDay[c] - minDay] - first;
                active[cohort][p - cohort]++;
            }
        }
        return new CohortTriangle(period, cells(period, first, sizes, active, revenue, clean.hasPrices()));
    }

    private static List<CohortCell> cells(
            CohortPeriod period, int first, int[] sizes, int[][] active, double[][] revenue, boolean prices) {
        List<CohortCell> cells = new ArrayList<>();
        for (int k = 0; k < sizes.length; k++) {
            if (sizes[k] == 0) {
                continue;
            }
            String name = period.name(first + k);
            double base = revenue[k][0];
            for (int i = 0; i < active[k].length; i++) {
                Double money = prices ? revenue[k][i] : null;
                Double share = prices && base > 0 ? revenue[k][i] / base : null;
                cells.add(new CohortCell(
                        name,
                        period.start(first + k),
                        i,
                        sizes[k],
                        active[k][i],
                        (double) active[k][i] / sizes[k],
                        money,
                        share));
            }
        }
        return cells;
    }
}
