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
 * start, the revenue of the customers won in the month apart (see {@link SegmentMonth}). Points: the last day of every month from the first purchase's month while the
 * next day is before {@code to}, then {@code to − 1} (the last, possibly partial, month).
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

    /** The same history, handing each point's state (in date order, the last one as of {@code to}) to {@code each}. */
    public static SegmentHistory of(
            TransactionTable clean, SegmentModel model, LocalDate to, java.util.function.Consumer<SegmentState> each) {
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
            each.accept(state);
            int[] clusterOf = new int[clean.customers().size()];
            Arrays.fill(clusterOf, -1);
            int[] sizes = new int[model.k()];
            for (int i = 0; i < state.size(); i++) {
                int cluster = state.segments().cluster(i);
                clusterOf[clean.customers().indexOf(state.rfm().customerId(i))] = cluster;
                sizes[cluster]++;
            }
            months.add(month(clean, sizes, before, state.size() - customersBefore, previous, asOf.toEpochDay()));
            before = clusterOf;
            customersBefore = state.size();
            previous = asOf.toEpochDay();
        }
        return new SegmentHistory(model.names(), months);
    }

    /** The month's revenue by the segment at its start ({@code clusterBefore}, -1: a new customer). */
    private static SegmentMonth month(
            TransactionTable clean, int[] sizes, int[] clusterBefore, int newCustomers, long from, long to) {
        double[] revenue = new double[sizes.length];
        double won = 0;
        for (int r = 0; r < clean.size(); r++) {
            int c = clean.customer(r);
            int day = clean.day(r);
            if (c >= 0 && day >= from && day < to) {
                if (clusterBefore[c] < 0) {
                    won += clean.amount(r);
                } else {
                    revenue[clusterBefore[c]] += clean.amount(r);
                }
            }
        }
        boolean prices = clean.hasPrices();
        return new SegmentMonth(
                LocalDate.ofEpochDay(to - 1), sizes, prices ? revenue : null, newCustomers, prices ? won : null);
    }
}
