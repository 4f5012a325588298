package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.engine.Engine;
import com.shopperspectrum.io.engine.TrainingJob;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Trains a {@link SpectrumModel} from a transactions file with the reading and cleaning options of a command and
 * an {@link Engine}, which records the provenance (input hash, options, counts, timings). Shared by {@code train},
 * {@code serve --data}, {@code report FILE} and {@code demo}.
 */
final class ModelBuilding {
    private ModelBuilding() {}

    /** Trains with the embedded engine. */
    static SpectrumModel train(
            Path file,
            InputOptions input,
            CleaningMixin cleaning,
            TrainingMixin training,
            int evaluationDays,
            PrintWriter err) {
        return train(new EmbeddedEngine(), job(file.toString(), input, cleaning, training, evaluationDays, null, err));
    }

    /** Trains with {@code engine}, printing the model's warnings. */
    static SpectrumModel train(Engine engine, TrainingJob job) {
        SpectrumModel model;
        try {
            model = engine.train(job);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        for (String warning : model.metadata().warnings()) {
            job.log().println("warning: " + warning);
        }
        job.log().flush();
        return model;
    }

    /** The job the options of a command describe; rejected rows go to {@code <file name>.rejects.csv} here. */
    static TrainingJob job(
            String input,
            InputOptions options,
            CleaningMixin cleaning,
            TrainingMixin training,
            int evaluationDays,
            String master,
            PrintWriter err) {
        Path rejects = Path.of(".").resolve(Path.of(input).getFileName() + ".rejects.csv");
        return new TrainingJob(
                input,
                options.toReadOptions(rejects),
                cleaning.toOptions(),
                training.toOptions(evaluationDays),
                master,
                SpectrumCommand.version(),
                err);
    }

    static long millis(long fromNanos, long toNanos) {
        return (toNanos - fromNanos) / 1_000_000;
    }
}
