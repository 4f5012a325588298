package com.shopperspectrum.cli;

import com.shopperspectrum.core.clean.CleaningReport;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.ReadReport;
import com.shopperspectrum.io.model.Checksums;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a {@link SpectrumModel} from a transactions file with the reading and cleaning options of a command,
 * recording the provenance (input hash, options, counts, timings). Shared by {@code train}, {@code serve --data}
 * and {@code report FILE}.
 */
final class ModelBuilding {
    private ModelBuilding() {
    }

    static SpectrumModel train(Path file, InputOptions input, CleaningMixin cleaning, TrainingMixin training,
                               int evaluationDays, PrintWriter err) {
        long t0 = System.nanoTime();
        LoadedData data = DataLoader.load(file, input, cleaning, null, err);
        long t1 = System.nanoTime();
        ModelMetadata.InputFile inputFile = inputFile(file);
        long t2 = System.nanoTime();
        ModelMetadata metadata = new ModelMetadata(ModelMetadata.FORMAT_VERSION, SpectrumCommand.version(),
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(), inputFile,
                options(input, cleaning, training, evaluationDays), rows(data),
                timings(millis(t0, t1), millis(t1, t2)), List.of());
        SpectrumModel model = new ModelTrainer(cleaning.toOptions().nonProducts(), training.toOptions(evaluationDays))
                .train(data.cleaning(), metadata);
        for (String warning : model.metadata().warnings()) {
            err.println("warning: " + warning);
        }
        err.flush();
        long t3 = System.nanoTime();
        return model.withMetadata(model.metadata().withTiming("model", millis(t2, t3)));
    }

    private static Map<String, Long> timings(long readAndClean, long hashInput) {
        Map<String, Long> t = new LinkedHashMap<>();
        t.put("readAndClean", readAndClean);
        t.put("hashInput", hashInput);
        return t;
    }

    static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }

    private static ModelMetadata.InputFile inputFile(Path file) {
        try {
            return new ModelMetadata.InputFile(file.getFileName().toString(), Files.size(file), Checksums.sha256(file));
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("file not found: " + file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Map<String, String> options(InputOptions input, CleaningMixin cleaning, TrainingMixin training,
                                               int evaluationDays) {
        Map<String, String> o = new LinkedHashMap<>();
        if (!input.columns.isEmpty()) {
            o.put("columns", input.columns.toString());
        }
        putIfSet(o, "dateFormat", input.dateFormat);
        putIfSet(o, "encoding", input.encoding);
        putIfSet(o, "sheet", input.sheet);
        o.put("skipBadRows", String.valueOf(input.skipBadRows));
        o.put("dropDuplicates", String.valueOf(cleaning.dropDuplicates));
        o.put("dropNonProducts", String.valueOf(cleaning.dropNonProducts));
        o.put("dropAdjustments", String.valueOf(cleaning.dropAdjustments));
        o.put("nonProducts", cleaning.toOptions().nonProducts().toString());
        training.record(o, evaluationDays);
        return o;
    }

    private static void putIfSet(Map<String, String> o, String key, String value) {
        if (value != null) {
            o.put(key, value);
        }
    }

    private static Map<String, Long> rows(LoadedData data) {
        ReadReport read = data.read().report();
        CleaningReport clean = data.cleaning().report();
        Map<String, Long> rows = new LinkedHashMap<>();
        rows.put("rowsRead", read.rowsRead());
        rows.put("badRows", read.badRows());
        rows.put("raw", clean.raw());
        clean.removed().forEach((rule, n) -> rows.put(rule.key(), n));
        rows.put("clean", clean.clean());
        return rows;
    }
}
