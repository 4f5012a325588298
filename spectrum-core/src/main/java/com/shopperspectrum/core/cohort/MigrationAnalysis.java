package com.shopperspectrum.core.cohort;

import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.SegmentTrainer;
import com.shopperspectrum.core.segment.Segmentation;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Fits the segmentation as of B ({@link SegmentTrainer} on the RFM as of B, exactly what {@code segment --as-of
 * B} fits) and scores the state as of A with it; see {@link Migration}.
 */
public final class MigrationAnalysis {
    private final RfmCalculator rfm = new RfmCalculator();
    private final SegmentTrainer trainer = new SegmentTrainer();

    /**
     * The first and last purchase day of the rows with a customer.
     *
     * @param first the first purchase day
     * @param last  the last purchase day
     */
    public record DayRange(LocalDate first, LocalDate last) {
        public DayRange {
            Objects.requireNonNull(first, "first");
            Objects.requireNonNull(last, "last");
        }

        /**
         * Refuses a day D outside the data: a state as of D counts the purchases strictly before D, so D must be
         * after the first purchase day and at most the day after the last.
         */
        public void check(String option, LocalDate day) {
            if (!day.isAfter(first) || day.isAfter(last.plusDays(1))) {
                throw new IllegalArgumentException(option + " " + day + " is outside the data: give a day from "
                        + first.plusDays(1) + " to " + last.plusDays(1) + " (a state as of a day counts the "
                        + "purchases before it; the data runs from " + first + " to " + last + ")");
            }
        }
    }

    /** The days of {@code clean}'s purchases; an error when no row has a customer. */
    public static DayRange days(TransactionTable clean) {
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int r = 0; r < clean.size(); r++) {
            if (clean.customer(r) >= 0) {
                int d = clean.day(r);
                min = Math.min(min, d);
                max = Math.max(max, d);
            }
        }
        if (min == Integer.MAX_VALUE) {
            throw new IllegalArgumentException("no customers: the clean data has no purchase with a customer id");
        }
        return new DayRange(LocalDate.ofEpochDay(min), LocalDate.ofEpochDay(max));
    }

    /** The migration from {@code options.from()} to {@code options.to()}; both dates must be inside the data. */
    public Migration run(TransactionTable clean, MigrationOptions options) {
        DayRange days = days(clean);
        days.check("--from", options.from());
        days.check("--to", options.to());
        RfmTable atB = rfm.compute(clean, options.to());
        return score(clean, options, atB, trainer.fit(atB, options.segmentation()));
    }

    /**
     * The same migration with the fit as of B already made: {@code atB} is the RFM of {@code clean} as of
     * {@code options.to()} and {@code fit} what {@link SegmentTrainer} fits on it with
     * {@code options.segmentation()} (train's own segmentation when its snapshot is B), so the result equals
     * {@link #run(TransactionTable, MigrationOptions)}'s without a second k-means fit.
     */
    public Migration run(TransactionTable clean, MigrationOptions options, RfmTable atB, Segmentation fit) {
        DayRange days = days(clean);
        days.check("--from", options.from());
        days.check("--to", options.to());
        if (!atB.snapshot().equals(options.to()) || fit.customers().size() != atB.size()) {
            throw new IllegalArgumentException("the given fit is not as of " + options.to() + ": its RFM is as of "
                    + atB.snapshot() + " with " + atB.size() + " customers, the fit has "
                    + fit.customers().size());
        }
        return score(clean, options, atB, fit);
    }

    /**
     * The migration from RFM tables already computed: {@code atA} and {@code atB} are the RFM of the clean table as
     * of {@code options.from()} and {@code options.to()} (as {@link MonthEndRfm#asOf} gives them), so the result
     * equals {@link #run(TransactionTable, MigrationOptions)}'s: the same fit as of B, A scored with it.
     */
    public Migration run(MigrationOptions options, RfmTable atA, RfmTable atB) {
        if (!atA.snapshot().equals(options.from()) || !atB.snapshot().equals(options.to())) {
            throw new IllegalArgumentException("the RFM tables are as of " + atA.snapshot() + " and " + atB.snapshot()
                    + ", not " + options.from() + " and " + options.to());
        }
        Segmentation fit = trainer.fit(atB, options.segmentation());
        SegmentState to = new SegmentState(options.to(), atB, fit.customers());
        return new Migration(options, fit.model(), SegmentState.score(options.from(), atA, fit.model()), to);
    }

    private Migration score(TransactionTable clean, MigrationOptions options, RfmTable atB, Segmentation fit) {
        SegmentState to = new SegmentState(options.to(), atB, fit.customers());
        SegmentState from = SegmentState.score(options.from(), rfm.compute(clean, options.from()), fit.model());
        return new Migration(options, fit.model(), from, to);
    }
}
