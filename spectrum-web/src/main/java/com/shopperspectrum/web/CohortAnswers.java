package com.shopperspectrum.web;

import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.cohort.CustomerMonths;
import com.shopperspectrum.core.cohort.CustomerMove;
import com.shopperspectrum.core.cohort.Migration;
import com.shopperspectrum.core.cohort.MigrationMatrix;
import com.shopperspectrum.core.cohort.MigrationOptions;
import com.shopperspectrum.core.cohort.SegmentHistory;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.view.MigrationCsv;
import com.shopperspectrum.io.view.MonthMovesCsv;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's cohort part as the API and the pages ask for it: the part itself (a 404 saying why when the model
 * has none), each customer's previous segment (the stored migration's state as of A beside the one as of B) and the
 * movers between two segments as CSV, and the migration between two chosen days (fitted as of the later one on first
 * use and kept in a small cache). The per-customer index is built once on first use.
 */
final class CohortAnswers {
    /** How many chosen migrations are kept (each holds two states and a fit: about 100 bytes per customer). */
    static final int CACHED = 8;

    private final SpectrumModel model;
    private volatile Index index;
    private final Map<String, Chosen> chosen = new java.util.LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Chosen> eldest) {
            return size() > CACHED;
        }
    };

    /**
     * A migration between two chosen days and the month-end series up to its B, both scored with the fit as of B.
     *
     * @param migration the migration
     * @param history   the series to B
     * @param stored    whether it is the part's own (the default days)
     */
    record Chosen(Migration migration, SegmentHistory history, boolean stored) {}

    /** The stored moves (rows of the state as of B) and each customer's row. */
    private record Index(List<CustomerMove> moves, Map<String, Integer> rowOf) {}

    /**
     * A customer's segment as of A and as of B, both scored with the migration's segmentation (fitted as of B).
     *
     * @param from          A
     * @param to            B
     * @param segment       the k-means segment as of A, or null when the customer had no purchase before A
     * @param rfmSegment    the named RFM segment as of A, or null likewise
     * @param segmentNow    the k-means segment as of B
     * @param rfmSegmentNow the named RFM segment as of B
     * @param moved         whether the k-means segment changed (a new customer counts as moved)
     * @param since         the first month-end state (the day after a month end, or B) from which the customer has
     *                      been in {@code segmentNow} without a break; null for a part without month-end segments
     */
    record PreviousSegment(
            String from,
            String to,
            String segment,
            String rfmSegment,
            String segmentNow,
            String rfmSegmentNow,
            boolean moved,
            String since) {}

    CohortAnswers(SpectrumModel model) {
        this.model = model;
    }

    boolean available() {
        return model.cohorts() != null;
    }

    /** The part, or a 404 saying why the model has none. */
    CohortModel part() {
        if (model.cohorts() == null) {
            throw new NotFoundException(absent());
        }
        return model.cohorts();
    }

    /** Why the model has no part, and what to do. */
    String absent() {
        String why = model.metadata().warnings().stream()
                .filter(w -> w.startsWith("no cohorts"))
                .findFirst()
                .orElse("it was trained by an earlier version");
        return "this model has no cohort part (" + why + "): train it again with spectrum train, or run spectrum "
                + "cohorts / spectrum migration on the data file";
    }

    /** The customer's previous segment, or null without the part (or for a customer it does not hold). */
    PreviousSegment previous(String customerId) {
        if (!available()) {
            return null;
        }
        Index ix = index();
        Integer row = ix.rowOf().get(customerId);
        if (row == null) {
            return null;
        }
        CustomerMove m = ix.moves().get(row);
        CustomerMonths months = model.cohorts().months();
        Migration migration = model.cohorts().migration();
        return new PreviousSegment(
                migration.options().from().toString(),
                migration.options().to().toString(),
                m.segmentFrom(),
                m.rfmFrom(),
                m.segmentTo(),
                m.rfmTo(),
                !m.segmentTo().equals(m.segmentFrom()),
                months == null ? null : months.since(row).toString());
    }

    /**
     * The moves from {@code segmentFrom} to {@code segmentTo} (null: any) as CSV; an unknown segment name is a 400
     * naming the parameter and the segments.
     */
    MigrationCsv moves(Migration migration, String segmentFrom, String segmentTo) {
        List<String> names = migration.model().names();
        List<String> rows = new ArrayList<>(names);
        rows.add(MigrationMatrix.NOT_YET);
        return new MigrationCsv(
                migration, known("segmentFrom", segmentFrom, rows), known("segmentTo", segmentTo, names));
    }

    /**
     * The moves from the day after a month end ({@code from}, a point of the part's month-end segments before B) to
     * B as CSV, or the movers between two segments; a day that is no such point is a 400 naming {@code from}.
     */
    MonthMovesCsv monthMoves(String from, String segmentFrom, String segmentTo) {
        CohortModel part = part();
        CustomerMonths months = part.months();
        java.time.LocalDate day = null;
        try {
            day = from == null ? null : java.time.LocalDate.parse(from.trim());
        } catch (java.time.format.DateTimeParseException e) {
            // answered below as a day that is no point
        }
        int p = months == null || day == null ? -1 : months.point(day);
        if (p < 0 || p == months.points().size() - 1) {
            throw new InvalidInputException(
                    "from '" + Params.clip(String.valueOf(from)) + "': give the day after one "
                            + "of the month ends before B"
                            + (months == null
                                    ? " (this model keeps none: train it again)"
                                    : ": "
                                            + String.join(
                                                    ", ",
                                                    months
                                                            .points()
                                                            .subList(
                                                                    0,
                                                                    months.points()
                                                                                    .size()
                                                                            - 1)
                                                            .stream()
                                                            .map(Object::toString)
                                                            .toList())),
                    "from");
        }
        List<String> names = part.migration().model().names();
        List<String> rows = new ArrayList<>(names);
        rows.add(MigrationMatrix.NOT_YET);
        return new MonthMovesCsv(
                part, p, known("segmentFrom", segmentFrom, rows), known("segmentTo", segmentTo, names));
    }

    /**
     * The migration from {@code from} to {@code to} (null or blank: B the stored one, the end of the data; A the
     * stored one for the stored B, else the last month-end point at least {@value MigrationOptions#DEFAULT_DAYS}
     * days before B, or the first): each day a point of the month-end series, A before B, or the stored A with the
     * stored B. Fitted as of B on first use ({@link CohortModel#migration}, what {@code spectrum migration FILE
     * --from A --to B} computes), then cached. Another day is a 400 naming the parameter, its value and the days
     * allowed.
     */
    Chosen migration(String from, String to) {
        CohortModel part = part();
        MigrationOptions stored = part.migration().options();
        LocalDate b = blank(to) ? stored.to() : day("to", to, toDays(part));
        if (!toDays(part).contains(b)) {
            throw new InvalidInputException("to '" + Params.clip(to) + "': " + allowed("to", toDays(part), part), "to");
        }
        LocalDate a = blank(from) ? defaultFrom(part, b) : day("from", from, fromDays(part, b));
        if (!fromDays(part, b).contains(a)) {
            throw new InvalidInputException(
                    "from '" + Params.clip(from) + "': " + allowed("from", fromDays(part, b), part)
                            + " (from must be before to " + b + ")",
                    "from");
        }
        String key = a + "/" + b;
        synchronized (chosen) {
            Chosen c = chosen.get(key);
            if (c == null) {
                Migration m;
                try {
                    m = part.migration(a, b);
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException(
                            "to '" + b + "': no segmentation can be fitted as of it (" + e.getMessage()
                                    + "); choose a later day",
                            "to");
                }
                c = new Chosen(m, part.history(m), m == part.migration());
                chosen.put(key, c);
            }
            return c;
        }
    }

    /** The days the part offers as B: the points of its month-end series but the first, or the stored B alone. */
    static List<LocalDate> toDays(CohortModel part) {
        if (!part.anyMonthEnd()) {
            return List.of(part.migration().options().to());
        }
        List<LocalDate> points = part.rfm().points();
        return points.subList(1, points.size());
    }

    /** The days the part offers as A with B {@code to}: the stored A for the stored B, then the points before B. */
    static List<LocalDate> fromDays(CohortModel part, LocalDate to) {
        MigrationOptions stored = part.migration().options();
        List<LocalDate> days = new ArrayList<>();
        if (to.equals(stored.to())) {
            days.add(stored.from());
        }
        if (part.anyMonthEnd()) {
            for (LocalDate p : part.rfm().points()) {
                if (p.isBefore(to) && !days.contains(p)) {
                    days.add(p);
                }
            }
        }
        return days;
    }

    /** The default A for B {@code to}; see {@link #migration}. */
    static LocalDate defaultFrom(CohortModel part, LocalDate to) {
        if (to.equals(part.migration().options().to())) {
            return part.migration().options().from();
        }
        List<LocalDate> points = part.rfm().points();
        LocalDate latest = to.minusDays(MigrationOptions.DEFAULT_DAYS);
        LocalDate a = points.get(0);
        for (LocalDate p : points) {
            if (!p.isAfter(latest)) {
                a = p;
            }
        }
        return a;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private LocalDate day(String parameter, String value, List<LocalDate> days) {
        try {
            return LocalDate.parse(value.trim());
        } catch (java.time.format.DateTimeParseException e) {
            throw new InvalidInputException(
                    parameter + " '" + Params.clip(value) + "' is not a day (yyyy-MM-dd): "
                            + allowed(parameter, days, part()),
                    parameter);
        }
    }

    private static String allowed(String parameter, List<LocalDate> days, CohortModel part) {
        String list = String.join(", ", days.stream().map(Object::toString).toList());
        if (days.isEmpty()) {
            return "no day fits";
        }
        return part.anyMonthEnd()
                ? "give one of " + list
                : "give " + list + " (this model keeps the migration to "
                        + part.migration().options().to()
                        + " only: it was trained before the month-end RFM was kept; train it again for any two "
                        + "month ends, or run spectrum migration FILE --" + parameter + " DATE on the data file)";
    }

    private static String known(String parameter, String value, List<String> names) {
        if (value == null || value.isBlank()) {
            return null;
        }
        for (String n : names) {
            if (n.equalsIgnoreCase(value.trim())) {
                return n;
            }
        }
        throw new InvalidInputException(
                parameter + " '" + Params.clip(value) + "' is not a segment of the migration; segments: "
                        + String.join(", ", names),
                parameter);
    }

    private Index index() {
        Index ix = index;
        if (ix == null) {
            List<CustomerMove> moves = model.cohorts().migration().moves();
            Map<String, Integer> rowOf = new HashMap<>(moves.size() * 4 / 3 + 1);
            for (int i = 0; i < moves.size(); i++) {
                rowOf.put(moves.get(i).customerId(), i);
            }
            ix = new Index(moves, rowOf);
            index = ix;
        }
        return ix;
    }
}
