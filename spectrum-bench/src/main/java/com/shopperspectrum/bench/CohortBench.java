package com.shopperspectrum.bench;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.cohort.CohortPeriod;
import com.shopperspectrum.core.cohort.Cohorts;
import com.shopperspectrum.core.cohort.Migration;
import com.shopperspectrum.core.cohort.MigrationAnalysis;
import com.shopperspectrum.core.cohort.MigrationOptions;
import com.shopperspectrum.core.cohort.SegmentHistory;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.core.segment.SegmentTrainer;
import com.shopperspectrum.core.segment.Segmentation;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import com.shopperspectrum.io.view.CohortsView;
import com.shopperspectrum.io.view.MigrationCsv;
import com.shopperspectrum.io.view.MigrationView;
import java.nio.file.Path;

/**
 * Times the cohort triangles, the default migration (RFM as of A and B, the segmentation fitted as of B) and the
 * month-end segment series on a transactions file, after reading and cleaning it: warm-up runs, then the median
 * of timed runs. Not a unit test: run it on a quiet machine.
 *
 * <pre>
 * ./mvnw -B -q -o package -DskipTests -pl spectrum-bench -am
 * java -cp spectrum-bench/target/benchmarks.jar com.shopperspectrum.bench.CohortBench ../shared/data/online_retail.csv.gz
 * </pre>
 */
public class CohortBench {
    public static void main(String[] args) {
        Path file = Path.of(args.length > 0 ? args[0] : "../shared/data/online_retail.csv.gz");
        int runs = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        TransactionTable raw =
                new TransactionReader().read(file, ReadOptions.DEFAULT).table();
        TransactionTable clean = new Cleaner(CleaningOptions.DEFAULT).clean(raw).clean();
        System.out.printf(
                "%s: %,d raw rows, %,d clean rows, %,d customers, %d cores%n",
                file.getFileName(),
                raw.size(),
                clean.size(),
                clean.customers().size(),
                Runtime.getRuntime().availableProcessors());
        for (CohortPeriod period : CohortPeriod.values()) {
            int cells = Cohorts.triangle(clean, period).cells().size();
            System.out.printf(
                    "triangle by %s: %,d cells, median %.1f ms%n",
                    period.label(), cells, Timing.median(2, runs, () -> Cohorts.triangle(clean, period)));
        }
        MigrationOptions options =
                MigrationOptions.defaults(MigrationAnalysis.days(clean).last(), SegmentOptions.DEFAULT);
        MigrationAnalysis analysis = new MigrationAnalysis();
        Migration m = analysis.run(clean, options);
        System.out.printf(
                "migration %s -> %s (%,d -> %,d customers; fit as of B, score A, matrices, moves): median %.1f ms%n",
                options.from(), options.to(), m.from().size(), m.to().size(), Timing.median(2, runs, () -> {
                    Migration again = analysis.run(clean, options);
                    again.segments();
                    again.rfmSegments();
                    return again.moves();
                }));
        int months = SegmentHistory.of(clean, m.model(), options.to()).months().size();
        System.out.printf(
                "month-end series: %d points, median %.1f ms%n",
                months, Timing.median(2, runs, () -> SegmentHistory.of(clean, m.model(), options.to())));
        trainStage(clean, options, runs);
        chosenDays(clean, runs);
    }

    /**
     * The month-end RFM the part keeps: its entries against the dense alternative, and what the web app pays on
     * the first ask for a migration between two month ends (RFM as of A and B from the entries, the fit as of B,
     * the series to B), against the same from the clean table.
     */
    static void chosenDays(TransactionTable clean, int runs) {
        CohortModel part = CohortModel.of(clean, SegmentOptions.DEFAULT);
        var rfm = part.rfm();
        int points = rfm.points().size();
        System.out.printf(
                "month-end RFM: %,d entries for %,d customers x %d points (%.1f %%; 28 bytes each: %,d bytes)%n",
                rfm.entries(),
                rfm.customerIds().length,
                points,
                100.0 * rfm.entries() / ((double) rfm.customerIds().length * points),
                28L * rfm.entries());
        java.time.LocalDate a = rfm.points().get(Math.max(0, points - 8));
        java.time.LocalDate b = rfm.points().get(points - 4);
        System.out.printf(
                "migration %s -> %s from the part (RFM from the entries, fit as of B, series): median %.1f ms%n",
                a, b, Timing.median(2, runs, () -> part.history(part.migration(a, b))));
        MigrationAnalysis analysis = new MigrationAnalysis();
        System.out.printf(
                "the same from the clean table: median %.1f ms%n",
                Timing.median(2, runs, () -> {
                    Migration m = analysis.run(clean, new MigrationOptions(a, b, SegmentOptions.DEFAULT));
                    return SegmentHistory.of(clean, m.model(), b);
                }));
    }

    /**
     * train's cohort stage both ways: fitting its own segmentation as of B, or reusing train's (the same fit on the
     * RFM as of B, made by the segmentation stage anyway); checks the two parts are equal.
     */
    static void trainStage(TransactionTable clean, MigrationOptions options, int runs) {
        RfmTable atB = new RfmCalculator().compute(clean, options.to());
        Segmentation fit = new SegmentTrainer().fit(atB, SegmentOptions.DEFAULT);
        CohortModel own = CohortModel.of(clean, SegmentOptions.DEFAULT);
        CohortModel reused = CohortModel.of(clean, SegmentOptions.DEFAULT, atB, fit);
        System.out.printf(
                "train's cohort stage, same part both ways (views and moves byte for byte): %s%n",
                text(own).equals(text(reused)));
        System.out.printf(
                "train's cohort stage fitting its own segmentation: median %.1f ms%n",
                Timing.median(2, runs, () -> CohortModel.of(clean, SegmentOptions.DEFAULT)));
        System.out.printf(
                "train's cohort stage reusing train's segmentation: median %.1f ms%n",
                Timing.median(2, runs, () -> CohortModel.of(clean, SegmentOptions.DEFAULT, atB, fit)));
    }

    /** Everything the part answers: the triangle, the migration with its series, the moves. */
    private static String text(CohortModel part) {
        return new CohortsView(part.triangle()).text()
                + new MigrationView(part.migration(), part.history()).text()
                + new MigrationCsv(part.migration()).text();
    }
}
