package com.shopperspectrum.io.engine;

import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningReport;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.recommend.RecommenderType;
import com.shopperspectrum.io.ReadOptions;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What to train: the input, how to read and clean it, the model options, and where the engine runs.
 *
 * @param input          the transactions: a local file for the embedded engine; any path Spark reads for the Spark
 *                       engine (a file or a folder of parts, {@code hdfs://}, {@code s3a://}, …)
 * @param read           reading options
 * @param cleaning       cleaning options
 * @param model          segmentation, similarity, recommender and evaluation options (the parts to train)
 * @param master         the Spark master URL, or null (the embedded engine takes none; Spark: what spark-submit
 *                       configured, else {@code local[*]})
 * @param programVersion the version recorded in the model
 * @param log            where warnings and progress go (standard error)
 */
public record TrainingJob(
        String input,
        ReadOptions read,
        CleaningOptions cleaning,
        ModelOptions model,
        String master,
        String programVersion,
        PrintWriter log) {
    public TrainingJob {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(read, "read");
        Objects.requireNonNull(cleaning, "cleaning");
        Objects.requireNonNull(model, "model");
        Objects.requireNonNull(programVersion, "programVersion");
        Objects.requireNonNull(log, "log");
    }

    /**
     * The model's metadata for this job: provenance of the input, the options as recorded (with the engine and the
     * master), row counts and stage timings so far, and the cleaning's warnings as the first of the model's.
     */
    public ModelMetadata metadata(
            String engine,
            ModelMetadata.InputFile inputFile,
            Map<String, Long> rows,
            Map<String, Long> timingsMillis,
            List<String> cleaningWarnings) {
        return new ModelMetadata(
                ModelMetadata.FORMAT_VERSION,
                programVersion,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                inputFile,
                recordedOptions(engine),
                rows,
                timingsMillis,
                cleaningWarnings);
    }

    /** The row counts the metadata records: lines read, bad lines set aside, then the cleaning report's counts. */
    public static Map<String, Long> rows(long rowsRead, long badRows, CleaningReport report) {
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("rowsRead", rowsRead);
        rows.put("badRows", badRows);
        rows.put("raw", report.raw());
        report.removed().forEach((rule, n) -> rows.put(rule.key(), n));
        rows.put("clean", report.clean());
        return rows;
    }

    /** The reading, cleaning and model options as the metadata records them (name to value). */
    Map<String, String> recordedOptions(String engine) {
        Map<String, String> o = new LinkedHashMap<>();
        o.put("engine", engine);
        putIfSet(o, "master", master);
        if (!read.columns().isEmpty()) {
            o.put("columns", new TreeMap<>(read.columns()).toString());
        }
        putIfSet(o, "dateFormat", read.dateFormat());
        putIfSet(o, "encoding", read.encoding() == null ? null : read.encoding().name());
        putIfSet(o, "sheet", read.sheet());
        o.put("skipBadRows", String.valueOf(read.skipBadRows()));
        o.put("cleaning", cleaning.method().value());
        o.put("minDate", cleaning.minDate().toString());
        o.put("dropDuplicates", String.valueOf(cleaning.dropDuplicates()));
        o.put("dropNonProducts", String.valueOf(cleaning.dropNonProducts()));
        o.put("dropAdjustments", String.valueOf(cleaning.dropAdjustments()));
        o.put("nonProducts", cleaning.nonProducts().toString());
        var s = model.segments();
        if (s != null) {
            o.put("k", s.autoK() ? "auto" : String.valueOf(s.k()));
            o.put("transform", lower(s.transform()));
            o.put("restarts", String.valueOf(s.restarts()));
            o.put("seed", String.valueOf(s.seed()));
        }
        putIfSet(o, "asOf", model.asOf() == null ? null : model.asOf().toString());
        o.put("scope", lower(model.matrix().scope()));
        o.put("weighting", lower(model.matrix().weighting()));
        o.put("neighbours", String.valueOf(model.similarity().neighbours()));
        o.put("includeNonProducts", String.valueOf(model.similarity().includeNonProducts()));
        o.put("evaluationDays", String.valueOf(model.evaluationDays()));
        var ease = model.ease();
        o.put("recommender", lower(ease == null ? RecommenderType.COSINE : RecommenderType.EASE));
        if (ease != null) {
            o.put("easeLambda", String.valueOf(ease.lambda()));
            o.put("easeMinSupport", String.valueOf(ease.minSupport()));
            o.put("easeNeighbours", String.valueOf(ease.neighbours()));
            o.put("easeSigned", String.valueOf(ease.signed()));
        }
        var clv = model.clv();
        if (clv != null) {
            o.put("clvModelType", clv.modelType().key());
            o.put("clvHorizonWeeks", String.valueOf(clv.horizonWeeks()));
            o.put("clvDiscountRate", String.valueOf(clv.discountRate()));
            o.put("clvPenalty", String.valueOf(clv.penalty()));
            o.put("clvUnit", clv.summary().unit().key());
        }
        return o;
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static void putIfSet(Map<String, String> o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }
}
