package com.shopperspectrum.io.engine;

import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.model.Checksums;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The default engine: reads the file into the columnar table in this JVM and trains with core's
 * {@link ModelTrainer}. Registered with {@link java.util.ServiceLoader} (without a progress display); the CLI makes
 * its own with a progress bar on standard error.
 */
public final class EmbeddedEngine implements Engine {
    private final ReadProgress.Display progress;

    /** An engine that shows no progress (what {@link Engines#named} finds). */
    public EmbeddedEngine() {
        this(task -> ReadProgress.NONE);
    }

    /** An engine that shows the reading progress on {@code progress}. */
    public EmbeddedEngine(ReadProgress.Display progress) {
        this.progress = Objects.requireNonNull(progress, "progress");
    }

    @Override
    public String name() {
        return Engines.EMBEDDED;
    }

    @Override
    public SpectrumModel train(TrainingJob job) {
        checkNoMaster(job);
        long t0 = System.nanoTime();
        LoadedData data = LoadedData.load(Path.of(job.input()), job.read(), job.cleaning(), progress, job.log());
        return train(job, data, ModelMetadata.millis(t0, System.nanoTime()));
    }

    /**
     * Trains on {@code data}, the job's input already read and cleaned as the job says (for a caller that keeps the
     * clean table, such as a command given a data file).
     */
    public SpectrumModel train(TrainingJob job, LoadedData data) {
        return train(job, data, 0);
    }

    private SpectrumModel train(TrainingJob job, LoadedData data, long readMillis) {
        checkNoMaster(job);
        long t1 = System.nanoTime();
        ModelMetadata.InputFile inputFile = inputFile(Path.of(job.input()));
        long t2 = System.nanoTime();
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("readAndClean", readMillis);
        timings.put("hashInput", ModelMetadata.millis(t1, t2));
        ModelMetadata metadata = job.metadata(
                name(),
                inputFile,
                TrainingJob.rows(
                        data.read().report().rowsRead(),
                        data.read().report().badRows(),
                        data.cleaning().report()),
                timings,
                data.cleaning().report().warnings());
        String layout = data.read().report().layout();
        if (layout != null) { // the recognised layout: its currency is the pages' default (io.view.Money)
            metadata = metadata.withOption("layout", layout);
        }
        SpectrumModel model =
                new ModelTrainer(job.cleaning().nonProducts(), job.model()).train(data.cleaning(), metadata);
        return model.withMetadata(model.metadata().withTiming("model", ModelMetadata.millis(t2, System.nanoTime())));
    }

    private static void checkNoMaster(TrainingJob job) {
        if (job.master() != null) {
            throw new IllegalArgumentException("--master applies to --engine spark only");
        }
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
}
