package com.shopperspectrum.core.cohort;

import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.segment.SegmentModel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * The k-means segment sizes and revenue at each month end across the data, every state scored with one
 * segmentation (the one fitted as of the last day, as for {@link Migration}), so that the series shows the
 * customers moving, not the model. A month's revenue goes to the segment its customers were in at the month's
 * start, the revenue of the customers won in the month apart (see {@link SegmentMonth}). Points: the last day of every
 * month from the first purchase's month while the next day is before {@code to}, then {@code to − 1} (the last,
 * possibly partial, month). A month's revenue is summed per customer first (the lines in table order), then over
 * the customers in customer-id order, so that it follows to the bit from each customer's month total
 * ({@link MonthEndRfm} keeps them).
 *
 * @param names  the segment names, in cluster order
 * @param months the points, in date order
 */
public record SegmentHistory(List<String> names, List<SegmentMonth> months) {
    public SegmentHistory {
        names = List.copyOf(names);
        months = List.copyOf(months);
    }

    /** The history of {@code clean} up to (not including) {@code to}, scored with {@code model}. */
    public static SegmentHistory of(TransactionTable clean, SegmentModel model, LocalDate to) {
        return of(clean, model, to, state -> {});
    }

    /**
     * One point of the series as computed: the state, and for each of its rows (customer-id order) whether the
     * customer bought in the month before it (from the previous point, or ever for the first point) and how much.
     *
     * @param state  the state as of the point's day
     * @param active per row: a clean purchase on or after the previous point's day
     * @param spent  per row: the sum of those purchases (0 when none; NaN without prices)
     */
    public record Point(SegmentState state, boolean[] active, double[] spent) {}

    /** The same history, handing each point (in date order, the last one as of {@code to}) to {@code each}. */
    public static SegmentHistory of(
            TransactionTable clean, SegmentModel model, LocalDate to, java.util.function.Consumer<Point> each) {
        Objects.requireNonNull(model, "model");
        MigrationAnalysis.DayRange days = MigrationAnalysis.days(clean);
        days.check("--to", to);
        List<LocalDate> points = new ArrayList<>();
        for (LocalDate d = days.first().withDayOfMonth(1).plusMonths(1); d.isBefore(to); d = d.plusMonths(1)) {
            points.add(d);
        }
        points.add(to);
        RfmCalculator calculator = new RfmCalculator();
        List<SegmentMonth> months = new ArrayList<>();
        int[] before = new int[clean.customers().size()];
        Arrays.fill(before, -1);
        int customersBefore = 0;
        long previous = Long.MIN_VALUE;
        for (LocalDate asOf : points) {
            SegmentState state = SegmentState.score(asOf, calculator.compute(clean, asOf), model);
            int[] clusterOf = new int[clean.customers().size()];
            Arrays.fill(clusterOf, -1);
            int[] sizes = new int[model.k()];
            int[] index = new int[state.size()];
            for (int i = 0; i < state.size(); i++) {
                int cluster = state.segments().cluster(i);
                index[i] = clean.customers().indexOf(state.rfm().customerId(i));
                clusterOf[index[i]] = cluster;
                sizes[cluster]++;
            }
            Point point = spending(clean, state, index, previous, asOf.toEpochDay());
            each.accept(point);
            int[] rowBefore = new int[state.size()];
            for (int i = 0; i < state.size(); i++) {
                rowBefore[i] = before[index[i]];
            }
            months.add(month(sizes, rowBefore, point, clean.hasPrices(), state.size() - customersBefore, asOf));
            before = clusterOf;
            customersBefore = state.size();
            previous = asOf.toEpochDay();
        }
        return new SegmentHistory(model.names(), months);
    }

    /** Each row's purchases in [from, to): whether any, and their sum in table order. */
    private static Point spending(TransactionTable clean, SegmentState state, int[] index, long from, long to) {
        double[] byCustomer = new double[clean.customers().size()];
        boolean[] any = new boolean[byCustomer.length];
        for (int r = 0; r < clean.size(); r++) {
            int c = clean.customer(r);
            int day = clean.day(r);
            if (c >= 0 && day >= from && day < to) {
                byCustomer[c] += clean.amount(r);
                any[c] = true;
            }
        }
        boolean[] active = new boolean[state.size()];
        double[] spent = new double[state.size()];
        for (int i = 0; i < state.size(); i++) {
            active[i] = any[index[i]];
            spent[i] = byCustomer[index[i]];
        }
        return new Point(state, active, spent);
    }

    /**
     * The month before {@code point}: its revenue by the segment at its start ({@code clusterBefore} per row of the
     * point's state, -1: a new customer), summed over the rows in order.
     */
    static SegmentMonth month(
            int[] sizes, int[] clusterBefore, Point point, boolean prices, int newCustomers, LocalDate asOf) {
        double[] revenue = new double[sizes.length];
        double won = 0;
        for (int i = 0; i < clusterBefore.length; i++) {
            if (!point.active()[i]) {
                continue;
            }
            if (clusterBefore[i] < 0) {
                won += point.spent()[i];
            } else {
                revenue[clusterBefore[i]] += point.spent()[i];
            }
        }
        return new SegmentMonth(asOf.minusDays(1), sizes, prices ? revenue : null, newCustomers, prices ? won : null);
    }
}
