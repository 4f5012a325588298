package com.shopperspectrum.spark;

import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.RecommenderType;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.recommend.Weighting;
import com.shopperspectrum.core.segment.FeatureTransform;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.engine.TrainingJob;
import com.shopperspectrum.io.model.ModelWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * The main class of {@code spectrum-spark-submit.jar}: {@code spark-submit ... spectrum-spark-submit.jar INPUT -o DIR
 * [options]} trains with the Spark engine on the cluster spark-submit names and writes the model directory on the
 * driver (client mode: the machine that runs spark-submit), where {@code spectrum serve --model DIR} reads it.
 * The options are those of {@code spectrum train} that the Spark engine takes, with the same defaults.
 */
@Command(
        name = "spectrum-spark-submit",
        mixinStandardHelpOptions = true,
        description = "Train a Shopper Spectrum model on Spark and write it as a model directory on the driver.")
public final class SparkTrain implements Callable<Integer> {
    @Parameters(
            index = "0",
            paramLabel = "INPUT",
            description = "CSV, compressed CSV or Parquet: a file or a folder of parts, at any path Spark reads.")
    String input;

    @Option(
            names = {"-o", "--output"},
            required = true,
            paramLabel = "DIR",
            description = "The model directory (local to the driver).")
    Path output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (default: spark-submit's).")
    String master;

    @Option(names = "--columns", split = ",", paramLabel = "FIELD=HEADER", description = "Column mapping.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(names = "--date-format", paramLabel = "PATTERN")
    String dateFormat;

    @Option(names = "--encoding", paramLabel = "CHARSET")
    Charset encoding;

    @Option(names = "--drop-duplicates")
    boolean dropDuplicates;

    @Option(names = "--drop-non-products")
    boolean dropNonProducts;

    @Option(names = "--drop-adjustments")
    boolean dropAdjustments;

    @Option(names = "--non-products", paramLabel = "CODES")
    String nonProducts = NonProductCodes.DEFAULT.toString();

    @Option(names = "--k", paramLabel = "K|auto")
    String k = String.valueOf(SegmentOptions.DEFAULT_K);

    @Option(names = "--transform", paramLabel = "log|none")
    FeatureTransform transform = SegmentOptions.DEFAULT.transform();

    @Option(names = "--restarts", paramLabel = "N")
    int restarts = SegmentOptions.DEFAULT.restarts();

    @Option(names = "--seed", paramLabel = "SEED")
    long seed = SegmentOptions.DEFAULT.seed();

    @Option(names = "--as-of", paramLabel = "DATE")
    LocalDate asOf;

    @Option(names = "--weighting", paramLabel = "W")
    Weighting weighting = RecommenderDefaults.WEIGHTING;

    @Option(names = "--scope", paramLabel = "S")
    Scope scope = RecommenderDefaults.SCOPE;

    @Option(names = "--neighbours", paramLabel = "K")
    int neighbours = RecommenderDefaults.NEIGHBOURS;

    @Option(names = "--include-non-products")
    boolean includeNonProducts;

    @Option(names = "--model-type", paramLabel = "cosine|ease")
    RecommenderType modelType = RecommenderDefaults.MODEL_TYPE;

    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new SparkTrain())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, cmd, parsed) -> {
                    boolean invalid = e instanceof InvalidInputException
                            || e instanceof IllegalArgumentException
                            || e instanceof UncheckedIOException;
                    cmd.getErr().println((invalid ? "error: " : "internal error: ") + e.getMessage());
                    return invalid ? 2 : 1;
                });
        System.exit(cl.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        int segmentsK = "auto".equalsIgnoreCase(k.trim()) ? SegmentOptions.AUTO_K : Integer.parseInt(k.trim());
        SegmentOptions segments = new SegmentOptions(
                segmentsK,
                transform,
                restarts,
                seed,
                SegmentOptions.DEFAULT.maxIterations(),
                SegmentOptions.DEFAULT.tolerance());
        ModelOptions model = new ModelOptions(
                segments,
                asOf,
                MatrixOptions.of(scope, weighting),
                new SimilarityOptions(neighbours, 1, includeNonProducts),
                0,
                modelType == RecommenderType.EASE ? RecommenderDefaults.easeOptions(includeNonProducts) : null);
        PrintWriter err = new PrintWriter(System.err, true);
        TrainingJob job = new TrainingJob(
                input,
                new ReadOptions(columns, dateFormat, encoding, null, false, null),
                new CleaningOptions(
                        dropDuplicates, dropNonProducts, dropAdjustments, NonProductCodes.parse(nonProducts)),
                model,
                master,
                version(),
                err);
        SpectrumModel trained = new SparkEngine().train(job);
        trained.metadata().warnings().forEach(w -> err.println("warning: " + w));
        new ModelWriter().write(trained, output);
        System.out.printf(
                "Model written to %s: %,d raw rows, %,d clean, %,d customers, %,d products; %s%n",
                output,
                trained.metadata().rows().get("raw"),
                trained.metadata().rows().get("clean"),
                trained.customers().size(),
                trained.products().size(),
                trained.metadata().timingsMillis());
        return 0;
    }

    private static String version() {
        String v = SparkTrain.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
