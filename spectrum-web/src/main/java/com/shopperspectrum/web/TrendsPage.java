package com.shopperspectrum.web;

import com.shopperspectrum.core.cohort.CohortCell;
import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.cohort.CohortTriangle;
import com.shopperspectrum.core.cohort.CustomerMonths;
import com.shopperspectrum.core.cohort.Migration;
import com.shopperspectrum.core.cohort.MigrationMatrix;
import com.shopperspectrum.core.cohort.MigrationOptions;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.segment.RfmSegment;
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

    /**
     * The migration the page shows: from {@code from} to {@code to}.
     *
     * @param matrix   the matrix (k-means or named RFM)
     * @param kind     {@code segments} or {@code rfm}
     * @param from     A: the stored A or the day after a month end
     * @param to       B: the stored B (the end of the data) or the day after a later month end
     * @param stored   whether these are the stored days (the moves download without days in the link)
     * @param fromDays the days the page offers as A, with their labels (the first, blank, the default)
     * @param toDays   the days the page offers as B
     * @param full     whether the moves download with their RFM values (a part with the month-end RFM, or the
     *                 stored days); otherwise the segments alone from the month-end segments
     */
    record Choice(
            MigrationMatrix matrix,
            String kind,
            String from,
            String to,
            boolean stored,
            List<Day> fromDays,
            List<Day> toDays,
            boolean full) {}

    /** A day offered as A or B. */
    record Day(String value, String label, boolean selected) {}

    /**
     * The page's choice: {@code matrix} ({@link #MATRICES}), {@code to} (null: the end of the data, or the day after
     * a month end) and {@code from} (null: {@value MigrationOptions#DEFAULT_DAYS} days before B, or the day after a
     * month end before B), as {@code GET /api/migration} takes them; anything else is a 400 naming the parameter.
     */
    static Choice choice(CohortAnswers answers, String matrix, String from, String to) {
        String kind = choice("matrix", matrix, MATRICES);
        CohortModel part = answers.part();
        if (!part.anyMonthEnd()) {
            return monthsOnly(part, kind, from, to);
        }
        CohortAnswers.Chosen c = answers.migration(from, to);
        Migration m = c.migration();
        java.time.LocalDate a = m.options().from();
        java.time.LocalDate b = m.options().to();
        java.time.LocalDate end = part.migration().options().to();
        boolean byDefault = from == null || from.isBlank();
        List<Day> fromDays = new ArrayList<>();
        java.time.LocalDate defaultFrom = CohortAnswers.defaultFrom(part, b);
        fromDays.add(new Day(
                "",
                defaultFrom + " ("
                        + (b.equals(end)
                                ? MigrationOptions.DEFAULT_DAYS + " days before " + b
                                : "the last month end " + MigrationOptions.DEFAULT_DAYS + " days or more before " + b)
                        + ")",
                byDefault));
        for (java.time.LocalDate d : CohortAnswers.fromDays(part, b)) {
            if (!(b.equals(end) && d.equals(part.migration().options().from()))) {
                fromDays.add(new Day(d.toString(), afterMonthEnd(d), !byDefault && d.equals(a)));
            }
        }
        List<Day> toDays = new ArrayList<>();
        for (java.time.LocalDate d : CohortAnswers.toDays(part)) {
            toDays.add(new Day(
                    d.equals(end) ? "" : d.toString(),
                    d.equals(end) ? d + " (the end of the data)" : afterMonthEnd(d),
                    d.equals(b)));
        }
        MigrationMatrix mm = kind.equals("rfm") ? m.rfmSegments() : m.segments();
        return new Choice(mm, kind, a.toString(), b.toString(), c.stored(), fromDays, toDays, true);
    }

    private static String afterMonthEnd(java.time.LocalDate d) {
        return d + " (after the month end " + d.minusDays(1) + ")";
    }

    /** The choice of a part without the month-end RFM: B the stored one, A the stored one or a month end. */
    private static Choice monthsOnly(CohortModel part, String kind, String from, String to) {
        Migration m = part.migration();
        String stored = m.options().from().toString();
        String b = m.options().to().toString();
        if (to != null && !to.isBlank() && !to.trim().equals(b)) {
            throw new InvalidInputException(
                    "to '" + Params.clip(to) + "': this model holds the migration to " + b + " (the end of the data) "
                            + "only: it was trained before the month-end RFM was kept; train it again for any two "
                            + "month ends, or run spectrum migration FILE --to DATE on the data file",
                    "to");
        }
        List<Day> toDays = List.of(new Day("", b + " (the end of the data)", true));
        CustomerMonths months = part.months();
        String chosen = from == null || from.isBlank() ? stored : from.trim();
        List<Day> days = new ArrayList<>();
        days.add(new Day(
                stored,
                stored + " ("
                        + java.time.temporal.ChronoUnit.DAYS.between(
                                m.options().from(), m.options().to())
                        + " days before " + to + ")",
                chosen.equals(stored)));
        int last = months == null ? 0 : months.points().size() - 1;
        for (int p = 0; p < last; p++) {
            String day = months.points().get(p).toString();
            days.add(new Day(day, afterMonthEnd(months.points().get(p)), chosen.equals(day) && !day.equals(stored)));
        }
        if (chosen.equals(stored)) {
            return new Choice(
                    kind.equals("rfm") ? m.rfmSegments() : m.segments(), kind, stored, b, true, days, toDays, true);
        }
        int p = months == null ? -1 : months.points().indexOf(parseDay(chosen));
        if (p < 0 || p == last) {
            throw new InvalidInputException(
                    "from '" + Params.clip(chosen) + "': the model holds the migration from "
                            + (months == null
                                    ? stored + " only (train again for every month end)"
                                    : stored + " or from the day after a month end: "
                                            + String.join(
                                                    ", ",
                                                    days.stream()
                                                            .skip(1)
                                                            .map(Day::value)
                                                            .toList()))
                            + "; run spectrum migration FILE --from DATE for other days",
                    "from");
        }
        return new Choice(fromMonth(part, kind, p), kind, chosen, b, false, days, toDays, false);
    }

    private static java.time.LocalDate parseDay(String day) {
        try {
            return java.time.LocalDate.parse(day);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    /** The matrix from the state at point {@code p} to B, both scored with the fit as of B. */
    private static MigrationMatrix fromMonth(CohortModel part, String kind, int p) {
        CustomerMonths months = part.months();
        int last = months.points().size() - 1;
        List<String> columns = kind.equals("rfm")
                ? java.util.Arrays.stream(RfmSegment.values())
                        .map(RfmSegment::label)
                        .toList()
                : part.migration().model().names();
        int[][] counts = new int[columns.size() + 1][columns.size()];
        for (int row = 0; row < months.size(); row++) {
            int a = kind.equals("rfm") ? months.rfmSegment(p, row) : months.cluster(p, row);
            int b = kind.equals("rfm") ? months.rfmSegment(last, row) : months.cluster(last, row);
            counts[a < 0 ? columns.size() : a][b]++;
        }
        List<String> rows = new ArrayList<>(columns);
        rows.add(MigrationMatrix.NOT_YET);
        return new MigrationMatrix(rows, columns, counts);
    }

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
            List<Day> fromDays,
            List<Day> toDays,
            boolean anyDays,
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
            List<MonthRow> months,
            String movesHref,
            boolean segmentsOnly) {}

    static View absent(String why) {
        return new View(
                why,
                false,
                null,
                List.of(),
                List.of(),
                null,
                null,
                List.of(),
                List.of(),
                false,
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
                List.of(),
                null,
                false);
    }

    /** The page of {@code part} for the migration {@code c}, {@code show} as chosen (null: counts). */
    static View of(CohortModel part, Choice c, String show, boolean links, Money money) {
        String s = choice("show", show, SHOWS);
        MigrationMatrix mm = c.matrix();
        List<MatrixRow> rows = new ArrayList<>();
        int before = 0;
        for (int r = 0; r < mm.rows().size(); r++) {
            List<String> cells = new ArrayList<>();
            int total = mm.rowTotal(r);
            before += r < mm.rows().size() - 1 ? total : 0;
            for (int col = 0; col < mm.columns().size(); col++) {
                cells.add(s.equals("shares") ? share(mm.count(r, col), total) : Format.number(mm.count(r, col)));
            }
            rows.add(new MatrixRow(mm.rows().get(r), cells, Format.number(total)));
        }
        List<String> columnTotals = new ArrayList<>();
        for (int col = 0; col < mm.columns().size(); col++) {
            columnTotals.add(Format.number(mm.columnTotal(col)));
        }
        String lead = "From " + c.from() + " (A) to " + c.to() + " (B): " + Words.count(before, "customer", "customers")
                + " as of A, " + Words.count(mm.total(), "customer", "customers")
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
                c.from(),
                c.to(),
                c.fromDays(),
                c.toDays(),
                part.anyMonthEnd(),
                c.kind(),
                s,
                lead,
                mm.columns(),
                rows,
                columnTotals,
                moves(mm, c.from(), c.to()),
                links ? movers(c) : List.of(),
                history.lead(),
                history.names(),
                history.rows(),
                links ? movesHref(c) : null,
                !c.full());
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

    /** The download of every customer's move of the choice. */
    private static String movesHref(Choice c) {
        return c.stored()
                ? "/api/migration.csv"
                : c.full()
                        ? "/api/migration.csv?from=" + c.from() + "&to=" + c.to()
                        : "/api/migration/months.csv?from=" + c.from();
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

    /**
     * A download per non-empty move between two different k-means segments (and of the customers won): the moves
     * with RFM values, or the segments alone from a month end for a part without the month-end RFM.
     */
    private static List<Movers> movers(Choice c) {
        if (c.kind().equals("rfm")) {
            return List.of();
        }
        MigrationMatrix m = c.matrix();
        String base = c.stored()
                ? "/api/migration.csv?"
                : c.full()
                        ? "/api/migration.csv?from=" + c.from() + "&to=" + c.to() + "&"
                        : "/api/migration/months.csv?from=" + c.from() + "&";
        List<Movers> out = new ArrayList<>();
        for (int r = 0; r < m.rows().size(); r++) {
            for (int col = 0; col < m.columns().size(); col++) {
                if (m.count(r, col) > 0 && !m.rows().get(r).equals(m.columns().get(col))) {
                    out.add(new Movers(
                            m.rows().get(r) + " → " + m.columns().get(col) + " ("
                                    + Words.count(m.count(r, col), "customer", "customers") + ")",
                            base + "segmentFrom=" + Format.url(m.rows().get(r)) + "&segmentTo="
                                    + Format.url(m.columns().get(col))));
                }
            }
        }
        return out;
    }
}
