package com.shopperspectrum.web;

import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.cohort.CustomerMonths;
import com.shopperspectrum.core.cohort.CustomerMove;
import com.shopperspectrum.core.cohort.Migration;
import com.shopperspectrum.core.cohort.MigrationMatrix;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.view.MigrationCsv;
import com.shopperspectrum.io.view.MonthMovesCsv;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The model's cohort part as the API and the pages ask for it: the part itself (a 404 saying why when the model
 * has none), each customer's previous segment (the stored migration's state as of A beside the one as of B) and the
 * movers between two segments as CSV. The per-customer index is built once on first use.
 */
final class CohortAnswers {
    private final SpectrumModel model;
    private volatile Index index;

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
    MigrationCsv moves(String segmentFrom, String segmentTo) {
        Migration migration = part().migration();
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
