package com.shopperspectrum.core.cohort;

import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.core.segment.Segmentation;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The cohort part of a model: what {@code cohorts} and {@code migration} answer with their default options, so that
 * a model directory answers them without the dated transactions. Computed exactly as the commands compute them on
 * the same clean table: the monthly triangle ({@link Cohorts#triangle}), the default migration (B = the day after
 * the last purchase day, A = {@value MigrationOptions#DEFAULT_DAYS} days earlier, {@link MigrationAnalysis#run}) and
 * the month-end series scored with its segmentation ({@link SegmentHistory#of}). Immutable.
 *
 * @param triangle  the monthly cohort triangle
 * @param migration the default migration (each customer's state as of A and as of B)
 * @param history   the k-means segments month by month, scored with the migration's segmentation
 * @param months    each customer's segments at the series' points, or null (a part written before they were kept)
 * @param rfm       each customer's RFM at the series' points, from which the migration between any two of them
 *                  follows ({@link #migration(LocalDate, LocalDate)}), or null (a part written before it was kept)
 */
public record CohortModel(
        CohortTriangle triangle, Migration migration, SegmentHistory history, CustomerMonths months, MonthEndRfm rfm) {
    public CohortModel {
        Objects.requireNonNull(triangle, "triangle");
        Objects.requireNonNull(migration, "migration");
        Objects.requireNonNull(history, "history");
        if (triangle.period() != CohortPeriod.MONTH) {
            throw new IllegalArgumentException("the stored triangle is by month, not by "
                    + triangle.period().label());
        }
        if (months != null
                && (months.size() != migration.to().size()
                        || months.points().size() != history.months().size())) {
            throw new IllegalArgumentException("the month-end segments have " + months.size() + " customers at "
                    + months.points().size() + " points for " + migration.to().size() + " customers and "
                    + history.months().size() + " months");
        }
        if (rfm != null
                && (months == null
                        || !rfm.points().equals(months.points())
                        || !java.util.Arrays.equals(
                                rfm.customerIds(), migration.to().rfm().customerIds()))) {
            throw new IllegalArgumentException("the month-end RFM (" + rfm + ") is not at the month-end segments' "
                    + "points or not of the customers as of B ("
                    + migration.to().size() + ")");
        }
    }

    /** The part without the customers' month-end RFM. */
    public CohortModel(CohortTriangle triangle, Migration migration, SegmentHistory history, CustomerMonths months) {
        this(triangle, migration, history, months, null);
    }

    /** The part without the customers' month-end segments and RFM. */
    public CohortModel(CohortTriangle triangle, Migration migration, SegmentHistory history) {
        this(triangle, migration, history, null, null);
    }

    /**
     * The part of {@code clean}, the migration's segmentation fitted with {@code segmentation}; an
     * {@link IllegalArgumentException} saying why when the data allow none (no customers, or the default A falls
     * before the first purchase day: less than {@value MigrationOptions#DEFAULT_DAYS} days of data).
     */
    public static CohortModel of(TransactionTable clean, SegmentOptions segmentation) {
        return of(clean, segmentation, null, null);
    }

    /**
     * The same part reusing a fit as of the default B when {@code atB} and {@code fit} are given (train's own
     * segmentation, when its snapshot is B and its options are {@code segmentation}: see
     * {@link MigrationAnalysis#run(TransactionTable, MigrationOptions, RfmTable, Segmentation)}); null: fit it.
     */
    public static CohortModel of(TransactionTable clean, SegmentOptions segmentation, RfmTable atB, Segmentation fit) {
        Objects.requireNonNull(clean, "clean");
        MigrationAnalysis.DayRange days = MigrationAnalysis.days(clean);
        MigrationOptions options = MigrationOptions.defaults(days.last(), segmentation);
        days.check("the default --from (" + MigrationOptions.DEFAULT_DAYS + " days before the end)", options.from());
        CohortTriangle triangle = Cohorts.triangle(clean, CohortPeriod.MONTH);
        MigrationAnalysis analysis = new MigrationAnalysis();
        Migration migration = fit == null ? analysis.run(clean, options) : analysis.run(clean, options, atB, fit);
        List<SegmentHistory.Point> points = new ArrayList<>();
        SegmentHistory history = SegmentHistory.of(clean, migration.model(), options.to(), points::add);
        List<SegmentState> states =
                points.stream().map(SegmentHistory.Point::state).toList();
        RfmTable b = migration.to().rfm();
        return new CohortModel(
                triangle,
                migration,
                history,
                months(migration.to(), states),
                MonthEndRfm.of(b.customerIds(), b.hasMonetary(), points));
    }

    /** Whether {@link #migration(LocalDate, LocalDate)} answers for days other than the stored A and B. */
    public boolean anyMonthEnd() {
        return rfm != null;
    }

    /**
     * The migration from {@code from} to {@code to}, each the stored A or B or a point of the month-end series
     * ({@code from} before {@code to}; the stored A only with the stored B), scored with the segmentation fitted as
     * of {@code to} with the stored options: what {@link MigrationAnalysis#run(TransactionTable, MigrationOptions)}
     * answers on the clean table. Fits k-means when {@code to} is not the stored B. An
     * {@link IllegalArgumentException} naming {@code from} or {@code to} for other days.
     */
    public Migration migration(LocalDate from, LocalDate to) {
        MigrationOptions stored = migration.options();
        if (from.equals(stored.from()) && to.equals(stored.to())) {
            return migration;
        }
        if (rfm == null) {
            throw new IllegalArgumentException("the part holds the migration from " + stored.from() + " to "
                    + stored.to() + " only (a model trained before the month-end RFM was kept)");
        }
        int b = rfm.point(to);
        if (b < 0) {
            throw new IllegalArgumentException("to " + to + " is no month-end point of the part");
        }
        int a = rfm.point(from);
        if (a < 0 || a >= b) {
            throw new IllegalArgumentException("from " + from + " is no month-end point of the part before " + to);
        }
        MigrationOptions options = new MigrationOptions(from, to, stored.segmentation());
        if (b == rfm.points().size() - 1) {
            SegmentState atA = SegmentState.score(from, rfm.asOf(a), migration.model());
            return new Migration(options, migration.model(), atA, migration.to());
        }
        return new MigrationAnalysis().run(options, rfm.asOf(a), rfm.asOf(b));
    }

    /**
     * The month-end series up to {@code m}'s B scored with its segmentation, as {@link SegmentHistory#of} computes
     * it on the clean table: the stored series for the stored B.
     */
    public SegmentHistory history(Migration m) {
        if (m.options().to().equals(migration.options().to())) {
            return history;
        }
        return rfm.history(rfm.point(m.options().to()), m.model());
    }

    /** Each customer of {@code atB} (by id) at every point of {@code states}. */
    private static CustomerMonths months(SegmentState atB, List<SegmentState> states) {
        Map<String, Integer> rowOf = new HashMap<>(atB.size() * 4 / 3 + 1);
        for (int i = 0; i < atB.size(); i++) {
            rowOf.put(atB.rfm().customerId(i), i);
        }
        List<LocalDate> points = new ArrayList<>();
        int[][] clusters = new int[states.size()][atB.size()];
        int[][] rfm = new int[states.size()][atB.size()];
        for (int p = 0; p < states.size(); p++) {
            SegmentState s = states.get(p);
            points.add(s.asOf());
            Arrays.fill(clusters[p], -1);
            Arrays.fill(rfm[p], -1);
            for (int i = 0; i < s.size(); i++) {
                int row = rowOf.get(s.rfm().customerId(i));
                clusters[p][row] = s.segments().cluster(i);
                rfm[p][row] = s.segments().rfmSegment(i).ordinal();
            }
        }
        return new CustomerMonths(points, clusters, rfm);
    }

    /** The default B of {@code clean}: the day after its last purchase day (what a reusable fit must be as of). */
    public static LocalDate defaultTo(TransactionTable clean) {
        return MigrationAnalysis.days(clean).last().plusDays(1);
    }
}
