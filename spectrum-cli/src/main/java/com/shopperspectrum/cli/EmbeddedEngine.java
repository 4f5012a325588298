package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.engine.Engine;
import com.shopperspectrum.io.engine.Engines;
import com.shopperspectrum.io.engine.TrainingJob;
import com.shopperspectrum.io.model.Checksums;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The default engine: reads the file into the columnar table in this JVM (progress on standard error) and trains
 * with core's {@link ModelTrainer}. Registered with {@link java.util.ServiceLoader}.
 */
public final class EmbeddedEngine implements Engine {
    @Override
    public String name() {
        return Engines.EMBEDDED;
    }

    @Override
    public SpectrumModel train(TrainingJob job) {
        if (job.master() != null) {
            throw new IllegalArgumentException("--master applies to --engine spark only");
        }
        Path file = Path.of(job.input());
        long t0 = System.nanoTime();
        LoadedData data = DataLoader.load(file, job.read(), job.cleaning(), job.log());
        long t1 = System.nanoTime();
        ModelMetadata.InputFile inputFile = inputFile(file);
        long t2 = System.nanoTime();
        Map<String, Long> timings = new LinkedHashMap<>();
        timings.put("readAndClean", ModelBuilding.millis(t0, t1));
        timings.put("hashInput", ModelBuilding.millis(t1, t2));
        ModelMetadata metadata = job.metadata(
                name(),
                inputFile,
                TrainingJob.rows(
                        data.read().report().rowsRead(),
                        data.read().report().badRows(),
                        data.cleaning().report()),
                timings);
        SpectrumModel model =
                new ModelTrainer(job.cleaning().nonProducts(), job.model()).train(data.cleaning(), metadata);
        return model.withMetadata(model.metadata().withTiming("model", ModelBuilding.millis(t2, System.nanoTime())));
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
