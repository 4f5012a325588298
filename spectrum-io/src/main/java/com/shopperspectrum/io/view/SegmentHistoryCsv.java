package com.shopperspectrum.io.view;

import com.shopperspectrum.core.cohort.SegmentHistory;
import com.shopperspectrum.core.cohort.SegmentMonth;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The k-means segments month by month: the file of {@code GET /api/segments/history.csv}. Header
 * {@code month_end,segment,customers,revenue}: per month end one row per segment (its customers as of the next
 * day, and the month's revenue of the customers who were in it at the month's start), then a row
 * {@value #NEW_ROW} (the customers whose first purchase is in the month, and their revenue in it); revenue empty
 * without prices.
 */
public record SegmentHistoryCsv(SegmentHistory history) implements CsvView {
    public static final String HEADER = "month_end,segment,customers,revenue";

    /** The segment cell of the customers won in the month. */
    public static final String NEW_ROW = "new in the month";

    public SegmentHistoryCsv {
        Objects.requireNonNull(history, "history");
    }

    @Override
    public void write(Appendable out) throws IOException {
        out.append(HEADER).append('\n');
        for (SegmentMonth m : history.months()) {
            int[] customers = m.customers();
            double[] revenue = m.revenue();
            for (int k = 0; k < customers.length; k++) {
                out.append(row(m, history.names().get(k), customers[k], revenue == null ? null : revenue[k]));
            }
            out.append(row(m, NEW_ROW, m.newCustomers(), m.newRevenue()));
        }
    }

    private static String row(SegmentMonth m, String segment, int customers, Double revenue) {
        List<String> cells = new ArrayList<>();
        cells.add(m.monthEnd().toString());
        cells.add(segment);
        cells.add(String.valueOf(customers));
        cells.add(revenue == null ? null : Csv.money(revenue));
        return Csv.row(cells);
    }
}
