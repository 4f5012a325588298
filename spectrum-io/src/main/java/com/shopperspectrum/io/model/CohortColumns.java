package com.shopperspectrum.io.model;

import com.shopperspectrum.core.cohort.CohortCell;
import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.cohort.CohortPeriod;
import com.shopperspectrum.core.cohort.CohortTriangle;
import com.shopperspectrum.core.cohort.CustomerMonths;
import com.shopperspectrum.core.cohort.Migration;
import com.shopperspectrum.core.cohort.MigrationOptions;
import com.shopperspectrum.core.cohort.MonthEndRfm;
import com.shopperspectrum.core.cohort.SegmentHistory;
import com.shopperspectrum.core.cohort.SegmentState;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.CustomerSegments;
import com.shopperspectrum.core.segment.RfmSegment;
import com.shopperspectrum.core.segment.SegmentModel;
import java.time.LocalDate;
import java.util.List;

/**
 * The cohort part of a model ({@link CohortModel}): {@code cohorts.json} holds the monthly triangle's cells, the
 * default migration's dates and options, the segmentation fitted as of B and the month-end series;
 * {@code cohorts.bin} holds the two states (as of A, then as of B), each as RFM columns (ids, recency, frequency,
 * monetary, snapshot day and monetary flag) followed by segment columns (cluster, R, F, M scores, named segment),
 * then the customers' month-end segments: the points' days, and per point each customer's cluster and named segment
 * (-1: not yet a customer), absent from parts written before they were kept (read as null); then the customers'
 * month-end RFM ({@link MonthEndRfm}: the entry offsets per point, and per entry the customer row, last purchase
 * day, frequency, monetary value and the month's spending), absent likewise from parts written before it was kept
 * (read as null: the part then answers the migration to B alone). Optional trailing columns, so the format
 * version stays: a model written before loads, and one written now carries them.
 */
final class CohortColumns {
    private CohortColumns() {}

    /** What cohorts.json holds. */
    record Part(
            List<CohortCell> cells, MigrationOptions migration, SegmentModel segmentation, SegmentHistory history) {}

    static Part part(CohortModel c) {
        return new Part(
                c.triangle().cells(), c.migration().options(), c.migration().model(), c.history());
    }

    static byte[] states(CohortModel c) {
        ColumnWriter out = new ColumnWriter();
        state(out, c.migration().from());
        state(out, c.migration().to());
        CustomerMonths months = c.months();
        if (months != null) {
            out.longs(months.points().stream().mapToLong(LocalDate::toEpochDay).toArray());
            int[][] clusters = months.clusters();
            int[][] rfm = months.rfm();
            for (int p = 0; p < clusters.length; p++) {
                out.ints(clusters[p]).ints(rfm[p]);
            }
            MonthEndRfm r = c.rfm();
            if (r != null) {
                out.ints(r.start())
                        .ints(r.rows())
                        .ints(r.lastDays())
                        .ints(r.frequencies())
                        .doubles(r.monetary())
                        .doubles(r.spent());
            }
        }
        return out.finish();
    }

    private static void state(ColumnWriter out, SegmentState s) {
        RfmTable rfm = s.rfm();
        CustomerSegments c = s.segments();
        RfmSegment[] named = c.rfmSegments();
        int[] ordinals = new int[named.length];
        for (int i = 0; i < named.length; i++) {
            ordinals[i] = named[i].ordinal();
        }
        out.strings(rfm.customerIds())
                .ints(rfm.recencies())
                .ints(rfm.frequencies())
                .doubles(rfm.monetaries())
                .longs(new long[] {rfm.snapshot().toEpochDay(), rfm.hasMonetary() ? 1 : 0})
                .ints(c.clusters())
                .ints(c.rScores())
                .ints(c.fScores())
                .ints(c.mScores())
                .ints(ordinals);
    }

    /** The part read back; an {@link IllegalArgumentException} saying what does not fit. */
    static CohortModel read(Part part, ColumnReader in) {
        if (part.cells() == null || part.migration() == null || part.segmentation() == null || part.history() == null) {
            throw new IllegalArgumentException(
                    ModelWriter.COHORTS + " lacks the cells, the migration, its " + "segmentation or the series");
        }
        SegmentModel model = part.segmentation();
        SegmentState from = state(in, part.migration().from(), model);
        SegmentState to = state(in, part.migration().to(), model);
        CustomerMonths months = in.atEnd() ? null : months(in, model, to.size());
        MonthEndRfm rfm = months == null || in.atEnd()
                ? null
                : new MonthEndRfm(
                        months.points(),
                        to.rfm().customerIds(),
                        to.rfm().hasMonetary(),
                        in.ints(),
                        in.ints(),
                        in.ints(),
                        in.ints(),
                        in.doubles(),
                        in.doubles());
        in.end();
        CohortTriangle triangle = new CohortTriangle(CohortPeriod.MONTH, part.cells());
        return new CohortModel(triangle, new Migration(part.migration(), model, from, to), part.history(), months, rfm);
    }

    private static CustomerMonths months(ColumnReader in, SegmentModel model, int customers) {
        long[] days = in.longs();
        List<LocalDate> points = new java.util.ArrayList<>();
        int[][] clusters = new int[days.length][];
        int[][] rfm = new int[days.length][];
        for (int p = 0; p < days.length; p++) {
            points.add(LocalDate.ofEpochDay(days[p]));
            clusters[p] = in.ints();
            rfm[p] = in.ints();
            for (int i = 0; i < clusters[p].length; i++) {
                if (clusters[p][i] < -1
                        || clusters[p][i] >= model.k()
                        || rfm[p][i] < -1
                        || rfm[p][i] >= RfmSegment.values().length
                        || (clusters[p][i] < 0) != (rfm[p][i] < 0)) {
                    throw new IllegalArgumentException("month-end segment " + clusters[p][i] + "/" + rfm[p][i]
                            + " of customer row " + i + " as of " + points.get(p));
                }
            }
            if (clusters[p].length != customers) {
                throw new IllegalArgumentException("the month-end segments as of " + points.get(p) + " have "
                        + clusters[p].length + " customers for " + customers);
            }
        }
        return new CustomerMonths(points, clusters, rfm);
    }

    private static SegmentState state(ColumnReader in, LocalDate asOf, SegmentModel model) {
        String[] ids = in.strings();
        int[] recency = in.ints();
        int[] frequency = in.ints();
        double[] monetary = in.doubles();
        long[] head = in.longs();
        int[] clusters = in.ints();
        int[] r = in.ints();
        int[] f = in.ints();
        int[] m = in.ints();
        int[] ordinals = in.ints();
        if (head.length != 2 || head[0] != asOf.toEpochDay() || head[1] != 0 && head[1] != 1) {
            throw new IllegalArgumentException(
                    "the state as of " + asOf + " has the snapshot column " + java.util.Arrays.toString(head));
        }
        RfmSegment[] all = RfmSegment.values();
        RfmSegment[] named = new RfmSegment[ordinals.length];
        for (int i = 0; i < ordinals.length; i++) {
            if (ordinals[i] < 0 || ordinals[i] >= all.length) {
                throw new IllegalArgumentException("named segment " + ordinals[i] + " of customer row " + i);
            }
            named[i] = all[ordinals[i]];
        }
        for (int i = 0; i < clusters.length; i++) {
            if (clusters[i] < 0 || clusters[i] >= model.k()) {
                throw new IllegalArgumentException("cluster " + clusters[i] + " of customer row " + i + " as of " + asOf
                        + " (the segmentation has " + model.k() + ")");
            }
        }
        RfmTable rfm = new RfmTable(ids, recency, frequency, monetary, asOf, head[1] == 1);
        return new SegmentState(asOf, rfm, new CustomerSegments(clusters, r, f, m, named));
    }
}
