package com.shopperspectrum.web;

import com.shopperspectrum.core.cohort.CohortCell;
import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.cohort.CohortTriangle;
import com.shopperspectrum.core.cohort.Migration;
import com.shopperspectrum.core.cohort.MigrationMatrix;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.io.view.Money;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Trends page (and the report's section): the monthly cohort retention triangle, the stored migration's
 * matrix (k-means or named RFM segments, counts or row shares, chosen in the page) with its movers to download,
 * and the k-means segments month by month, each said in plain words and shown as a table beside its chart
 * ({@link TrendsCharts}).
 */
final class TrendsPage {
    static final List<String> MATRICES = List.of("segments", "rfm");
    static final List<String> SHOWS = List.of("counts", "shares");

    private TrendsPage() {}

    /** One cohort's row of the triangle: its name, size and one cell per period index (null: after the data). */
    record CohortRow(String cohort, String size, List<TriangleCell> cells) {}

    /** A cell as shown: retention and the active customers behind it. */
    record TriangleCell(String retention, String active) {}

    /** One row of the migration matrix as shown, with its total. */
    record MatrixRow(String label, List<String> cells, String total) {}

    /** A download of the customers who moved from one segment to another. */
    record Movers(String label, String href) {}

    /** One point of the month-end series as shown. */
    record MonthRow(String monthEnd, List<String> customers, String newCustomers, String revenue) {}

    record View(
            String absent,
            boolean links,
            String cohortLead,
            List<String> periods,
            List<CohortRow> triangle,
            String from,
            String to,
            String matrix,
            String show,
            String migrationLead,
            List<String> columns,
            List<MatrixRow> rows,
            List<String> columnTotals,
            List<String> moves,
            List<Movers> movers,
            String historyLead,
            List<String> names,
            List<MonthRow> months) {}

    static View absent(String why) {
        return new View(
                why,
                false,
                null,
                List.of(),
                List.of(),
                null,
                null,
                "segments",
                "counts",
                null,
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                null,
                List.of(),
                List.of());
    }

    /** The page of {@code part}: {@code matrix} and {@code show} as chosen (null: the defaults). */
    static View of(CohortModel part, String matrix, String show, boolean links, Money money) {
        String m = choice("matrix", matrix, MATRICES);
        String s = choice("show", show, SHOWS);
        Migration migration = part.migration();
        MigrationMatrix mm = m.equals("rfm") ? migration.rfmSegments() : migration.segments();
        List<MatrixRow> rows = new ArrayList<>();
        for (int r = 0; r < mm.rows().size(); r++) {
            List<String> cells = new ArrayList<>();
            int total = mm.rowTotal(r);
            for (int c = 0; c < mm.columns().size(); c++) {
                cells.add(s.equals("shares") ? share(mm.count(r, c), total) : Format.number(mm.count(r, c)));
            }
            rows.add(new MatrixRow(mm.rows().get(r), cells, Format.number(total)));
        }
        List<String> columnTotals = new ArrayList<>();
        for (int c = 0; c < mm.columns().size(); c++) {
            columnTotals.add(Format.number(mm.columnTotal(c)));
        }
        String from = migration.options().from().toString();
        String to = migration.options().to().toString();
        String lead = "From " + from + " (A) to " + to + " (B): "
                + Words.count(migration.from().size(), "customer", "customers") + " as of A, "
                + Words.count(migration.to().size(), "customer", "customers")
                + " as of B. Both states are scored with the segmentation fitted as of B, so a move is a change of"
                + " the customer, not of the model. Rows: the segment as of A; columns: as of B"
                + (s.equals("shares") ? "; each row's shares of its customers." : ".");
        TrendsHistory history = TrendsHistory.of(part.history(), money);
        return new View(
                null,
                links,
                cohortLead(part.triangle()),
                periods(part.triangle()),
                triangle(part.triangle()),
                from,
                to,
                m,
                s,
                lead,
                mm.columns(),
                rows,
                columnTotals,
                moves(mm, from, to),
                links ? movers(migration.segments()) : List.of(),
                history.lead(),
                history.names(),
                history.rows());
    }

    private static String choice(String name, String value, List<String> allowed) {
        if (value == null || value.isBlank()) {
            return allowed.get(0);
        }
        String v = value.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(v)) {
            throw new InvalidInputException(
                    name + " must be one of " + String.join(", ", allowed) + ", got '" + Params.clip(value) + "'",
                    name);
        }
        return v;
    }

    static String share(int part, int whole) {
        return whole == 0 ? "–" : Format.decimal(100.0 * part / whole, 1) + " %";
    }

    private static List<String> periods(CohortTriangle t) {
        List<String> out = new ArrayList<>();
        for (int p = 0; p < t.periods(); p++) {
            out.add(String.valueOf(p));
        }
        return out;
    }

    private static List<CohortRow> triangle(CohortTriangle t) {
        List<CohortRow> rows = new ArrayList<>();
        for (List<CohortCell> cells : t.byCohort().values()) {
            List<TriangleCell> shown = new ArrayList<>();
            for (int p = 0; p < t.periods(); p++) {
                CohortCell c = p < cells.size() ? cells.get(p) : null;
                shown.add(
                        c == null
                                ? null
                                : new TriangleCell(share(c.active(), c.cohortSize()), Format.number(c.active())));
            }
            rows.add(new CohortRow(
                    cells.get(0).cohort(), Format.number(cells.get(0).cohortSize()), shown));
        }
        return rows;
    }

    /** The triangle in words: the largest cohort one period later and in the last period of the data. */
    private static String cohortLead(CohortTriangle t) {
        List<CohortCell> largest = null;
        for (List<CohortCell> cells : t.byCohort().values()) {
            if (largest == null || cells.get(0).cohortSize() > largest.get(0).cohortSize()) {
                largest = cells;
            }
        }
        String all = Words.count(t.customers(), "customer", "customers") + " in "
                + Words.count(t.cohorts(), "monthly cohort", "monthly cohorts")
                + " (a customer's cohort is the month of their first clean purchase).";
        if (largest == null || largest.size() < 2) {
            return all;
        }
        CohortCell first = largest.get(0);
        CohortCell next = largest.get(1);
        CohortCell last = largest.get(largest.size() - 1);
        String text = all + " Of the " + Words.count(first.cohortSize(), "customer", "customers")
                + " who first bought in " + first.cohort() + ", " + Format.number(next.active()) + " ("
                + share(next.active(), first.cohortSize()) + ") bought again the next month";
        if (last.periodIndex() > 1) {
            text += " and " + Format.number(last.active()) + " (" + share(last.active(), first.cohortSize())
                    + ") in the last month of the data, " + last.periodIndex() + " months later";
        }
        return text + ".";
    }

    /** Each row's largest move to another segment, in words. */
    private static List<String> moves(MigrationMatrix m, String from, String to) {
        List<String> out = new ArrayList<>();
        int notYet = m.rows().size() - 1;
        for (int r = 0; r < m.rows().size(); r++) {
            int best = -1;
            for (int c = 0; c < m.columns().size(); c++) {
                boolean stayed =
                        r != notYet && m.rows().get(r).equals(m.columns().get(c));
                if (!stayed && m.count(r, c) > 0 && (best < 0 || m.count(r, c) > m.count(r, best))) {
                    best = c;
                }
            }
            if (best < 0) {
                continue;
            }
            String who = r == notYet
                    ? "Of the " + Words.count(m.rowTotal(r), "customer", "customers") + " won between " + from + " and "
                            + to
                    : "Of the " + Words.count(m.rowTotal(r), "customer", "customers") + " who were "
                            + m.rows().get(r) + " on " + from;
            out.add(who + ", " + Format.number(m.count(r, best)) + " (" + share(m.count(r, best), m.rowTotal(r)) + ") "
                    + (m.count(r, best) == 1 ? "is " : "are ") + m.columns().get(best) + " on " + to + ".");
        }
        return out;
    }

    /** A download per non-empty move between two different k-means segments (and of the customers won). */
    private static List<Movers> movers(MigrationMatrix m) {
        List<Movers> out = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            for (int c = 0; c < m.columns().size(); c++) {
                if (m.count(r, c) > 0 && !m.rows().get(r).equals(m.columns().get(c))) {
                    out.add(new Movers(
                            m.rows().get(r) + " → " + m.columns().get(c) + " ("
                                    + Words.count(m.count(r, c), "customer", "customers") + ")",
                            "/api/migration.csv?segmentFrom="
                                    + Format.url(m.rows().get(r)) + "&segmentTo="
                                    + Format.url(m.columns().get(c))));
                }
            }
        }
        return out;
    }
}
