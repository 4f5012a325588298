package com.shopperspectrum.cli;

import com.shopperspectrum.core.cohort.Migration;
import com.shopperspectrum.core.cohort.MigrationMatrix;
import com.shopperspectrum.core.cohort.SegmentHistory;
import com.shopperspectrum.core.cohort.SegmentMonth;
import java.nio.file.Path;
import java.util.Locale;

/** The readable output of {@code migration}: the two matrices and the month-end series. */
final class MigrationText {
    private MigrationText() {}

    static String of(Migration m, SegmentHistory history, Path output) {
        StringBuilder b = new StringBuilder();
        int before = m.from().size();
        int after = m.to().size();
        b.append(String.format(
                Locale.ROOT,
                "Migration from %s to %s: %,d customers as of %s, %,d as of %s (%,d new), scored with the "
                        + "segmentation as of %s%n%n",
                m.options().from(),
                m.options().to(),
                before,
                m.options().from(),
                after,
                m.options().to(),
                after - before,
                m.options().to()));
        b.append("k-means segments (rows: as of ").append(m.options().from()).append("; columns: as of ");
        b.append(m.options().to()).append(")\n");
        matrix(b, m.segments(), 20, 12);
        b.append("\nnamed RFM segments (rows: as of ")
                .append(m.options().from())
                .append("; columns: as of ");
        b.append(m.options().to()).append("; all-zero rows and columns left out)\n");
        matrix(b, m.rfmSegments(), 20, 9);
        b.append("\nk-means segments at each month end (customers as of the next day; the month's revenue by the "
                + "segment at the month's start; won: the customers whose first purchase is in the month)\n");
        history(b, history);
        if (output != null) {
            b.append(String.format(Locale.ROOT, "%nwrote %,d customers to %s%n", after, output));
        }
        return b.toString();
    }

    private static void matrix(StringBuilder b, MigrationMatrix m, int labelWidth, int width) {
        boolean[] shown = new boolean[m.columns().size()];
        for (int c = 0; c < shown.length; c++) {
            shown[c] = m.columnTotal(c) > 0;
        }
        b.append(String.format(Locale.ROOT, "%-" + labelWidth + "s", ""));
        for (int c = 0; c < shown.length; c++) {
            if (shown[c]) {
                b.append(String.format(
                        Locale.ROOT, " %" + width + "s", cut(m.columns().get(c), width)));
            }
        }
        b.append(String.format(Locale.ROOT, " %" + width + "s%n", "total"));
        for (int r = 0; r < m.rows().size(); r++) {
            if (m.rowTotal(r) == 0) {
                continue;
            }
            b.append(String.format(
                    Locale.ROOT, "%-" + labelWidth + "s", cut(m.rows().get(r), labelWidth)));
            for (int c = 0; c < shown.length; c++) {
                if (shown[c]) {
                    b.append(String.format(Locale.ROOT, " %," + width + "d", m.count(r, c)));
                }
            }
            b.append(String.format(Locale.ROOT, " %," + width + "d%n", m.rowTotal(r)));
        }
    }

    private static void history(StringBuilder b, SegmentHistory h) {
        b.append(String.format(Locale.ROOT, "%-10s", "month end"));
        for (String name : h.names()) {
            b.append(String.format(Locale.ROOT, " %22s", cut(name, 22)));
        }
        b.append(String.format(Locale.ROOT, " %22s%n", "won"));
        for (SegmentMonth month : h.months()) {
            b.append(String.format(Locale.ROOT, "%-10s", month.monthEnd()));
            int[] customers = month.customers();
            double[] revenue = month.revenue();
            for (int s = 0; s < customers.length; s++) {
                String cell = revenue == null
                        ? String.format(Locale.ROOT, "%,d", customers[s])
                        : String.format(Locale.ROOT, "%,d; %,.0f", customers[s], revenue[s]);
                b.append(String.format(Locale.ROOT, " %22s", cell));
            }
            b.append(String.format(
                    Locale.ROOT,
                    " %22s%n",
                    month.newRevenue() == null
                            ? String.format(Locale.ROOT, "%,d", month.newCustomers())
                            : String.format(Locale.ROOT, "%,d; %,.0f", month.newCustomers(), month.newRevenue())));
        }
    }

    private static String cut(String text, int width) {
        return text.length() <= width ? text : text.substring(0, width - 1) + "…";
    }
}
