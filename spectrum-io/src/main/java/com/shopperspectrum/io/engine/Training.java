package com.shopperspectrum.io.engine;

import com.shopperspectrum.core.model.SpectrumModel;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Runs a {@link TrainingJob} on an {@link Engine} and reports the model's warnings (no segmentation, EASE fell back
 * to the cosine, …) on the job's log: how {@code train}, {@code serve}, {@code report}, {@code demo} and every
 * command given a data file train, and how a library user or a test trains without the CLI.
 */
public final class Training {
    private Training() {}

    /** Trains with {@code engine}, printing the model's warnings; an I/O failure becomes unchecked. */
    public static SpectrumModel run(Engine engine, TrainingJob job) {
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
}
