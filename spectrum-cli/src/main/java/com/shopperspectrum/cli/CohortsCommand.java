package com.shopperspectrum.cli;

import com.shopperspectrum.core.cohort.CohortPeriod;
import com.shopperspectrum.core.cohort.CohortTriangle;
import com.shopperspectrum.core.cohort.Cohorts;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.io.view.CohortsCsv;
import com.shopperspectrum.io.view.CohortsView;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spectrum cohorts FILE [--period month|week|quarter]}: the cohort retention triangle. */
@Command(
        name = "cohorts",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "The cohort retention triangle: customers by the period of their first purchase, and how many of them "
                    + "buy again in each later period.",
            "",
            "Cohort: the period (ISO week Monday to Sunday, calendar month or quarter) of the customer's first clean "
                    + "purchase. Period index: whole periods from the cohort's period to the activity period (0 = "
                    + "the cohort's own). Active: at least one clean purchase in that period. Retention = active "
                    + "customers / cohort size; revenue retention = the cohort's revenue in the period / its "
                    + "revenue in period 0. Every cohort has a cell for each period up to the last of the data, "
                    + "zeros included.",
            "",
            "With --model DIR: the monthly triangle that train stored (--period week or quarter needs the data file).",
            "",
            "Writes -o: cohort,period_index,cohort_size,active,retention,revenue,revenue_retention. See "
                    + "docs/cohorts.md."
        })
public final class CohortsCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FileOrModel source;

    @Option(
            names = "--period",
            paramLabel = "month|week|quarter",
            defaultValue = "month",
            description = "Cohort and activity period (default: ${DEFAULT-VALUE}).")
    CohortPeriod period;

    @Option(names = "--json", description = "Print one JSON object (the answer of GET /api/cohorts).")
    boolean json;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "CSV",
            description = "Write one row per cohort and period index.")
    Path output;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Override
    public Integer call() {
        if (output != null) {
            OutputPaths.file("-o", output);
        }
        var err = spec.commandLine().getErr();
        CohortTriangle triangle;
        if (CleanInput.fromModel(source.input())) {
            if (period != CohortPeriod.MONTH) {
                throw CleanInput.needsData(source.input(), "--period " + period.label(), "the monthly triangle");
            }
            triangle = CleanInput.stored(source.input(), err).triangle();
        } else {
            TransactionTable clean =
                    CleanInput.load(source.input(), input, cleaning, CleanInput.directoryOf(output), err, "cohorts");
            triangle = Cohorts.triangle(clean, period);
        }
        if (triangle.cohorts() == 0) {
            throw new IllegalArgumentException("no cohorts: the clean data has no purchase with a customer id");
        }
        if (triangle.cohorts() == 1) {
            err.println("warning: --period " + period.label() + " yields one cohort only ("
                    + triangle.cells().get(0).cohort() + "): the data spans less than two "
                    + period.label() + "s of first purchases; try a shorter --period");
            err.flush();
        }
        if (output != null) {
            DemandInput.write(output, new CohortsCsv(triangle).text());
        }
        var out = spec.commandLine().getOut();
        out.print(json ? new CohortsView(triangle).text() + "\n" : CohortsText.of(triangle, output));
        out.flush();
        return ExitCodes.OK;
    }
}
