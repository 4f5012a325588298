package com.shopperspectrum.cli;

import com.shopperspectrum.core.cohort.CohortCell;
import com.shopperspectrum.core.cohort.CohortTriangle;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The readable output of {@code cohorts}: retention in per cent, one row per cohort, one column per period index. */
final class CohortsText {
    private CohortsText() {}

    static String of(CohortTriangle t, Path output) {
        StringBuilder b = new StringBuilder();
        String period = t.period().label();
        b.append(String.format(
                Locale.ROOT,
                "Cohort retention by %s: %,d customers in %,d cohorts (%% of each cohort active %s by %s)%n%n",
                period,
                t.customers(),
                t.cohorts(),
                period,
                period));
        b.append(String.format(Locale.ROOT, "%-10s %7s", "cohort", "size"));
        for (int i = 0; i < t.periods(); i++) {
            b.append(String.format(Locale.ROOT, " %5s", "+" + i));
        }
        b.append('\n');
        for (List<CohortCell> row : t.byCohort().values()) {
            b.append(String.format(
                    Locale.ROOT, "%-10s %,7d", row.get(0).cohort(), row.get(0).cohortSize()));
            for (CohortCell c : row) {
                b.append(String.format(Locale.ROOT, " %5.1f", 100 * c.retention()));
            }
            b.append('\n');
        }
        if (output != null) {
            b.append(String.format(
                    Locale.ROOT, "%nwrote %,d cells to %s%n", t.cells().size(), output));
        }
        return b.toString();
    }
}
