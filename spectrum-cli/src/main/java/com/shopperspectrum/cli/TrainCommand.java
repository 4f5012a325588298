package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.ModelRecommender;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.eval.EvaluationData;
import com.shopperspectrum.io.engine.Engine;
import com.shopperspectrum.io.engine.Engines;
import com.shopperspectrum.io.engine.Training;
import com.shopperspectrum.io.engine.TrainingJob;
import com.shopperspectrum.io.model.ModelDirectory;
import com.shopperspectrum.io.model.ModelWriter;
import com.shopperspectrum.io.view.Money;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spectrum train FILE -o DIR}: trains the model that {@code serve}, {@code report} and {@code --model} read. */
@Command(
        name = "train",
        mixinStandardHelpOptions = true,
        description = {
            "Train a model from a transactions file and write it as a directory (atomically: an "
                    + "existing model at DIR is replaced only once the new one is complete).",
            "",
            "Without a product column (--columns mapping none; embedded engine) the model has the profile, "
                    + "segments, cohorts and customer value but no similar products, recommendations, evaluation, "
                    + "demand or basket rules; a warning says so, and serve, report, similar and recommend say why."
        })
public final class TrainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "FILE",
            description = "Transactions: CSV, CSV.gz or XLSX (with --engine "
                    + "spark: CSV, compressed CSV or Parquet, a file or a folder of parts, at any path Spark reads, e.g. "
                    + "hdfs:// or s3a://).")
    String file;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "The model directory.")
    Path output;

    @Mixin
    InputOptions input;

    @Mixin
    CleaningMixin cleaning;

    @Mixin
    TrainingMixin training;

    @Range(min = 0, max = 36500)
    @Option(
            names = "--evaluate",
            paramLabel = "DAYS",
            arity = "0..1",
            fallbackValue = "" + EvaluationData.DEFAULT_TEST_DAYS,
            defaultValue = "0",
            description = "Also run the offline evaluation with the last DAYS days, 0..36500 (0 = no evaluation), as "
                    + "the test period ("
                    + EvaluationData.DEFAULT_TEST_DAYS
                    + " when DAYS is omitted) and store the table in the model (default: no evaluation).")
    int evaluationDays;

    @Option(
            names = "--engine",
            paramLabel = "embedded|spark",
            defaultValue = Engines.EMBEDDED,
            description = {
                "embedded: plain Java in this JVM, the fast choice on one machine; spark: the same "
                        + "pipeline on Apache Spark DataFrames and MLlib, which writes the same model (needs Spark on the "
                        + "class path: ./spectrum adds it; see docs/engines.md for spark-submit on a cluster) "
                        + "(default: ${DEFAULT-VALUE})."
            })
    String engine;

    @Option(
            names = "--master",
            paramLabel = "URL",
            description = "With --engine spark: the Spark master, e.g. local[*], local[2], spark://host:7077, yarn "
                    + "(default: the one spark-submit configured, else local[*]).")
    String master;

    @Mixin
    CurrencyMixin currency;

    @Override
    public Integer call() throws IOException {
        String money = currency.recorded(); // a bad --currency fails before training
        PrintWriter out = spec.commandLine().getOut();
        if (evaluationDays < 0) {
            throw new IllegalArgumentException("--evaluate must be a number of days >= 1, got " + evaluationDays);
        }
        OutputPaths.directory("-o", output);
        PrintWriter err = spec.commandLine().getErr();
        Engine chosen = Engines.EMBEDDED.equals(engine) ? DataLoader.embeddedEngine(err) : Engines.named(engine);
        SpectrumModel model = train(chosen, file, input, cleaning, training.toOptions(evaluationDays), master, err);
        TrainingChecks.check(model, file, spec.commandLine().getParseResult());
        if (money != null) {
            model = model.withMetadata(model.metadata().withOption(Money.OPTION, money));
        }
        long t0 = System.nanoTime();
        new ModelWriter().write(model, output);
        long writeMillis = ModelMetadata.millis(t0, System.nanoTime());
        printSummary(out, model, output, writeMillis);
        out.flush();
        return ExitCodes.OK;
    }

    /**
     * Trains on {@code engine} as the reading, cleaning and model options say (rejected rows go to
     * {@code <file name>.rejects.csv} in the working directory), printing the model's warnings.
     */
    /**
     * A command line of {@code train} alone, named {@code name}, whose {@code --engine} defaults to {@code engine},
     * with the CLI's exit codes: the spark-submit entry point ({@code spectrum-spark}'s {@code SparkTrain}).
     */
    public static CommandLine standalone(String name, String engine) {
        CommandLine cl = new CommandLine(new TrainCommand());
        cl.setCommandName(name);
        cl.setDefaultValueProvider(
                option -> option instanceof OptionSpec o && "--engine".equals(o.longestName()) ? engine : null);
        return SpectrumCommand.configure(cl);
    }

    static SpectrumModel train(
            Engine engine,
            String input,
            InputOptions reading,
            CleaningMixin cleaning,
            ModelOptions options,
            String master,
            PrintWriter err) {
        Path rejects = DataLoader.rejectsFile(Path.of(input), null);
        return Training.run(
                engine,
                new TrainingJob(
                        input,
                        reading.toReadOptions(rejects),
                        cleaning.toOptions(),
                        options,
                        master,
                        SpectrumCommand.version(),
                        err));
    }

    static void printSummary(PrintWriter out, SpectrumModel model, Path output, long writeMillis) throws IOException {
        ModelMetadata m = model.metadata();
        out.printf("Model written to %s (%s)%n", output, size(output));
        out.printf(
                "  input      %s (%,d bytes, sha256 %s)%n",
                m.input().name(), m.input().size(), m.input().sha256());
        out.printf(
                "  engine     %s%n",
                m.options().getOrDefault("engine", Engines.EMBEDDED)
                        + (m.options().containsKey("master")
                                ? " (master " + m.options().get("master") + ")"
                                : ""));
        out.printf(
                "  rows       %,d raw, %,d clean%n",
                m.rows().get("raw"), m.rows().get("clean"));
        out.printf(
                "  customers  %,d   products %,d   histories %,d customer-product pairs%n",
                model.customers().size(),
                model.products().size(),
                model.histories().pairs());
        out.printf(
                "  segments   %s%n",
                model.segmentation() == null
                        ? "none (see warnings)"
                        : String.join(", ", model.segmentation().model().names()));
        if (!model.hasProducts()) {
            out.printf("  neighbours none: no product column (no similar products or recommendations)%n");
        } else {
            out.printf(
                    "  neighbours %,d products with up to %d neighbours (%s weighting, %s scope)%n",
                    model.products().size(),
                    model.neighbours().similarityOptions().neighbours(),
                    model.neighbours().matrixOptions().weighting().name().toLowerCase(java.util.Locale.ROOT),
                    model.neighbours().matrixOptions().scope().name().toLowerCase(java.util.Locale.ROOT));
            out.printf(
                    "  recommends %s, purchases weighed with a %s-day half-life%n",
                    model.recommender().name(),
                    new java.text.DecimalFormat("0.##")
                            .format(model.recommender().halfLifeDays()));
        }
        if (m.options().containsKey(ModelRecommender.EASE_INVERSE)) {
            out.printf("  inverse    %s (EASE's fit)%n", m.options().get(ModelRecommender.EASE_INVERSE));
        }
        if (model.evaluation() != null) {
            out.printf(
                    "  evaluation %d test customers from %s, default model %s%n",
                    model.evaluation().testCustomers(),
                    model.evaluation().split(),
                    model.evaluation().defaultModel());
        }
        if (model.clv() != null) {
            var clv = model.clv();
            out.printf(
                    "  value      %s chosen by %s; %s%n",
                    ClvText.label(clv.chosen()),
                    clv.chosenByText(),
                    clv.trustworthy()
                            ? "P(alive) and CLV for "
                                    + String.format("%,d", clv.customers().size()) + " customers"
                            : "not trustworthy, no P(alive) or CLV (see warnings)");
        }
        StringBuilder time = new StringBuilder();
        m.timingsMillis()
                .forEach((stage, ms) -> time.append(time.length() == 0 ? "" : ", ")
                        .append(stage)
                        .append(' ')
                        .append(String.format("%,d ms", ms)));
        out.printf("  time       %s, write %,d ms%n", time, writeMillis);
    }

    /** The number and size of the model's files (in the version directory that {@code current} names). */
    static String size(Path dir) throws IOException {
        long bytes = 0;
        int files = 0;
        try (Stream<Path> list = Files.list(ModelDirectory.files(dir))) {
            for (Path f : list.toList()) {
                bytes += Files.size(f);
                files++;
            }
        }
        return bytes < 1_000_000
                ? String.format("%d files, %,.1f kB", files, bytes / 1e3)
                : String.format("%d files, %,.1f MB", files, bytes / 1e6);
    }
}
