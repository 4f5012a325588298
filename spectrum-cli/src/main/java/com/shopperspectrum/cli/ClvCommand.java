package com.shopperspectrum.cli;

import com.shopperspectrum.core.clv.ClvAnalysis;
import com.shopperspectrum.core.clv.ClvOptions;
import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.clv.ClvUnit;
import com.shopperspectrum.core.clv.ModelType;
import com.shopperspectrum.core.clv.SummaryOptions;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.engine.LoadedData;
import com.shopperspectrum.io.model.ModelReader;
import com.shopperspectrum.io.view.ClvView;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code spectrum clv FILE}: BG/NBD or Pareto/NBD with Gamma-Gamma: P(alive), expected purchases and CLV. */
@Command(
        name = "clv",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Customer lifetime value: who is still a customer (P(alive)), how much they will buy and what they are "
                    + "worth, by the BG/NBD or Pareto/NBD purchase model and the Gamma-Gamma spend model.",
            "",
            "Customer summary, from the clean transactions: purchases on the same calendar day are one "
                    + "transaction; x = repeat transactions in the calibration period (the first purchase is not "
                    + "counted); t_x = time from the first to the last calibration purchase; T = time from the "
                    + "first purchase to the end of calibration (the end day is inside); m_x = the mean value of the "
                    + "repeat transactions (the first excluded; quantity x price, or the amount column). A purchase "
                    + "at a price of 0 is kept as a transaction of value 0. Time in "
                    + "weeks (days / 7) or days (--unit). Customers whose first purchase is after the calibration "
                    + "end are left out.",
            "",
            "Fits by maximum likelihood (log-scale parameters, standard errors from the Hessian). A fit whose "
                    + "estimates run to the boundary, or that gains nothing over a model where nobody leaves, is "
                    + "marked not trustworthy and gives no P(alive) or CLV. --model-type auto chooses by the holdout "
                    + "backtest when there is one, else by log-likelihood. The product column is not needed: "
                    + "--columns may leave it out.",
            "",
            "With --model DIR: the fit train stored in the model (the same answer as from the data file with "
                    + "train's options, the defaults); other options need the data FILE.",
            "",
            "Writes -o: customer_id,x,t_x,T,m_x,p_alive,expected_transactions,expected_value,clv (empty where "
                    + "unavailable). See docs/clv.md."
        })
public final class ClvCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    FileOrModel source;

    @Option(
            names = "--model-type",
            paramLabel = "M",
            defaultValue = "auto",
            description = "bgnbd, pareto, or auto = both, chosen by the backtest or log-likelihood "
                    + "(default: ${DEFAULT-VALUE}).")
    String modelType;

    @Option(
            names = "--calibration-end",
            paramLabel = "DATE",
            description = "Last day of the calibration period, yyyy-MM-dd (default: the last day of the data); "
                    + "the days after it are the holdout of the backtest.")
    String calibrationEnd;

    @Range(min = 1, max = 3650)
    @Option(
            names = "--holdout-days",
            paramLabel = "N",
            description = "End calibration N days before the last day of the data and keep them as the holdout, "
                    + "1..3650.")
    Integer holdoutDays;

    @Range(min = 1, max = 520)
    @Option(
            names = "--horizon",
            paramLabel = "W",
            defaultValue = "52",
            description = "Weeks of expected purchases and CLV, 1..520 (default: ${DEFAULT-VALUE}).")
    int horizon;

    @Range(min = 0, max = 1)
    @Option(
            names = "--discount-rate",
            paramLabel = "R",
            defaultValue = "0.10",
            description = "Annual discount rate of the CLV, 0..1 (default: ${DEFAULT-VALUE}).")
    double discountRate;

    @Range(min = 0, max = 1000)
    @Option(
            names = "--penalty",
            paramLabel = "L",
            defaultValue = "0",
            description = "L2 penalty on the log-parameters, 0..1000 (default: ${DEFAULT-VALUE}, plain maximum "
                    + "likelihood); e.g. 0.01 when the fit runs to the boundary.")
    double penalty;

    @Option(
            names = "--unit",
            paramLabel = "U",
            defaultValue = "weeks",
            description = "Time unit of the summary and the parameters: weeks or days (default: ${DEFAULT-VALUE}).")
    String unit;

    @Option(names = "--json", description = "Print one JSON object (the fit, diagnostics and backtest).")
    boolean json;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "CSV",
            description = "Write one row per customer.")
    Path output;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Override
    public Integer call() {
        ClvOptions options = new ClvOptions(
                new SummaryOptions(ClvUnit.parse(unit), date(calibrationEnd), holdoutDays),
                ModelType.parse(modelType),
                horizon,
                discountRate,
                penalty);
        var err = spec.commandLine().getErr();
        ClvResult result = CleanInput.fromModel(source.input())
                ? stored(options)
                : fitted(source.input().dataFile(), options, err);
        ClvView view = new ClvView(result);
        if (output != null) {
            DemandInput.write(output, view.csv());
        }
        for (String w : result.warnings()) {
            err.println("warning: " + w);
        }
        err.flush();
        var out = spec.commandLine().getOut();
        out.print(json ? view.text() + "\n" : ClvText.of(result, output));
        out.flush();
        return ExitCodes.OK;
    }

    private ClvResult fitted(Path dataFile, ClvOptions options, java.io.PrintWriter err) {
        LoadedData data = DataLoader.load(dataFile, input, cleaning, output == null ? null : output.getParent(), err);
        return ClvAnalysis.run(data.cleaning(), options);
    }

    /** The model's CLV part, fitted by train with these options (other options need the data file). */
    private ClvResult stored(ClvOptions options) {
        Path dir = source.input().modelDir;
        SpectrumModel model = new ModelReader().read(dir);
        ClvResult result = model.clv();
        if (result == null) {
            throw new IllegalArgumentException("--model " + dir + " has no customer-value part (it was trained by an "
                    + "earlier version, or the data refused it: see its warnings): train it "
                    + "again with spectrum train, or give the data FILE");
        }
        if (!result.options().equals(options)) {
            throw new IllegalArgumentException("--model " + dir + " holds the fit with " + describe(result.options())
                    + ", not " + describe(options) + ": give the data FILE to fit with other options");
        }
        return result;
    }

    private static String describe(ClvOptions o) {
        SummaryOptions s = o.summary();
        return "--model-type " + o.modelType().key()
                + (s.calibrationEnd() == null ? "" : " --calibration-end " + s.calibrationEnd())
                + (s.holdoutDays() == null ? "" : " --holdout-days " + s.holdoutDays())
                + " --horizon " + o.horizonWeeks() + " --discount-rate " + o.discountRate() + " --penalty "
                + o.penalty() + " --unit " + s.unit().key();
    }

    private static LocalDate date(String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--calibration-end: expected a date yyyy-MM-dd, got '" + value + "'");
        }
    }
}
