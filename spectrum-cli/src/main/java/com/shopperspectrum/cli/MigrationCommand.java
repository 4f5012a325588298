package com.shopperspectrum.cli;

import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.cohort.Migration;
import com.shopperspectrum.core.cohort.MigrationAnalysis;
import com.shopperspectrum.core.cohort.MigrationOptions;
import com.shopperspectrum.core.cohort.SegmentHistory;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.io.view.MigrationCsv;
import com.shopperspectrum.io.view.MigrationView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spectrum migration FILE [--from DATE] [--to DATE]}: who moved between segments, and segments by month. */
@Command(
        name = "migration",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Segment migration between two days A (--from) and B (--to), and the k-means segments at each month end.",
            "",
            "State as of a day D: RFM from the clean purchases strictly before D with snapshot day D (a purchase on "
                    + "D - 1 has recency 1); customers with no purchase before D are not yet customers. Both states "
                    + "are scored with the segmentation fitted as of B (its scaler, centroids, names and RFM "
                    + "quintile boundaries: what segment --as-of B fits), so a change of segment is a change of the "
                    + "customer, not of the model. Matrices: rows = segment as of A plus 'not yet a customer', "
                    + "columns = segment as of B; each row sums to the customers in that state, the whole to the "
                    + "customers as of B.",
            "",
            "Segments month by month: customers per k-means segment as of the day after each month end (the last "
                    + "point: as of B) and the revenue of that month of each segment's customers, all scored with "
                    + "the segmentation as of B.",
            "",
            "With --model DIR: the default migration and series that train stored, and (a model trained since the "
                    + "month-end RFM is kept) the migration between any two month ends: --from and --to each the day "
                    + "after a month end (the 1st) or --to the end of the data, with train's segmentation options "
                    + "(other dates or options need the data file).",
            "",
            "Writes -o: customer_id,segment_from,segment_to,rfm_segment_from,rfm_segment_to,recency_from,recency_to,"
                    + "frequency_from,frequency_to,monetary_from,monetary_to. See docs/cohorts.md."
        })
public final class MigrationCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FileOrModel source;

    @Option(
            names = "--from",
            paramLabel = "DATE",
            description = "Day A (yyyy-MM-dd), before --to (default: " + MigrationOptions.DEFAULT_DAYS
                    + " days before --to).")
    LocalDate from;

    @Option(
            names = "--to",
            paramLabel = "DATE",
            description = "Day B (yyyy-MM-dd), at most the day after the last purchase (default: that day).")
    LocalDate to;

    @Option(names = "--json", description = "Print one JSON object (the answer of GET /api/migration).")
    boolean json;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "CSV",
            description = "Write one row per customer as of --to.")
    Path output;

    @Mixin
    SegmentationMixin segmentation;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Override
    public Integer call() {
        if (segmentation.asOf != null) {
            throw new IllegalArgumentException("--as-of " + segmentation.asOf + " does not apply to migration: the "
                    + "segmentation is fitted as of --to; give --to " + segmentation.asOf + " instead");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("--from " + from + " must be before --to " + to);
        }
        if (output != null) {
            OutputPaths.file("-o", output);
        }
        var err = spec.commandLine().getErr();
        Migration migration;
        SegmentHistory history;
        if (CleanInput.fromModel(source.input())) {
            CohortModel stored = CleanInput.stored(source.input(), err);
            migration = fromModel(stored);
            history = stored.history(migration);
        } else {
            TransactionTable clean =
                    CleanInput.load(source.input(), input, cleaning, CleanInput.directoryOf(output), err, "migration");
            migration = fromData(clean);
            history = SegmentHistory.of(
                    clean, migration.model(), migration.options().to());
        }
        if (output != null) {
            DemandInput.write(output, new MigrationCsv(migration).text());
        }
        var out = spec.commandLine().getOut();
        out.print(
                json
                        ? new MigrationView(migration, history).text() + "\n"
                        : MigrationText.of(migration, history, output));
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * The migration of the model's cohort part: the stored days, or any two month-end points of a part with the
     * month-end RFM (A by default {@value MigrationOptions#DEFAULT_DAYS} days before B), with the part's segment
     * options; other days or options need the data file.
     */
    private Migration fromModel(CohortModel stored) {
        MigrationOptions options = stored.migration().options();
        String held = stored.anyMonthEnd()
                ? "the migration between two month ends (the days after them, B at most " + options.to()
                        + ", or the default --from " + options.from() + " --to " + options.to()
                        + "; the segmentation options of its training)"
                : "the default migration (--from " + options.from() + " --to " + options.to()
                        + ", the segmentation options of its training)";
        if (!segmentation.toOptions().equals(options.segmentation())) {
            throw CleanInput.needsData(
                    source.input(),
                    "--k, --transform, --restarts or --seed other than " + options.segmentation(),
                    held);
        }
        LocalDate b = to == null ? options.to() : to;
        LocalDate a = from == null ? b.minusDays(MigrationOptions.DEFAULT_DAYS) : from;
        boolean storedDays = a.equals(options.from()) && b.equals(options.to());
        if (!storedDays && (!stored.anyMonthEnd() || stored.rfm().point(b) < 0)) {
            throw CleanInput.needsData(source.input(), "--to " + b, held);
        }
        if (!storedDays && stored.rfm().point(a) < 0) {
            throw CleanInput.needsData(
                    source.input(),
                    from == null
                            ? "--from (by default " + MigrationOptions.DEFAULT_DAYS + " days before --to) " + a
                            : "--from " + a,
                    held);
        }
        return stored.migration(a, b);
    }

    /** The migration of the data file: the dates given or their defaults, checked against the data. */
    private Migration fromData(TransactionTable clean) {
        MigrationAnalysis.DayRange days = MigrationAnalysis.days(clean);
        LocalDate b = to == null ? days.last().plusDays(1) : to;
        days.check("--to", b);
        LocalDate a = from == null ? b.minusDays(MigrationOptions.DEFAULT_DAYS) : from;
        days.check(
                from == null ? "--from (by default " + MigrationOptions.DEFAULT_DAYS + " days before --to)" : "--from",
                a);
        return new MigrationAnalysis().run(clean, new MigrationOptions(a, b, segmentation.toOptions()));
    }
}
