package com.shopperspectrum.io.view;

import com.shopperspectrum.core.cohort.CohortCell;
import com.shopperspectrum.core.cohort.CohortTriangle;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One row per cohort and period index: the file of {@code spectrum cohorts -o} and {@code GET /api/cohorts.csv}.
 * Header {@code cohort,period_index,cohort_size,active,retention,revenue,revenue_retention}; revenue and revenue
 * retention empty where undefined.
 */
public record CohortsCsv(CohortTriangle triangle) implements CsvView {
    public static final String HEADER = "cohort,period_index,cohort_size,active,retention,revenue,revenue_retention";

    public CohortsCsv {
        Objects.requireNonNull(triangle, "triangle");
    }

    @Override
    public void write(Appendable out) throws IOException {
        out.append(HEADER).append('\n');
        for (CohortCell c : triangle.cells()) {
            List<String> cells = new ArrayList<>();
            cells.add(c.cohort());
            cells.add(String.valueOf(c.periodIndex()));
            cells.add(String.valueOf(c.cohortSize()));
            cells.add(String.valueOf(c.active()));
            cells.add(Double.toString(c.retention()));
            cells.add(c.revenue() == null ? null : Csv.money(c.revenue()));
            cells.add(c.revenueRetention() == null ? null : Double.toString(c.revenueRetention()));
            out.append(Csv.row(cells));
        }
    }
}
