package com.shopperspectrum.io.engine;

import com.shopperspectrum.core.model.SpectrumModel;
import java.io.IOException;

/**
 * A way to run the training pipeline (read, clean, profile, RFM, segments, item neighbours) that ends in the same
 * {@link SpectrumModel}: the embedded engine (plain Java in this JVM, the default) or the Spark engine (module
 * {@code spectrum-spark}, in local mode or on a cluster). Engines are found by name with {@link Engines#named},
 * through {@link java.util.ServiceLoader}, so a program without Spark on its class path never loads Spark.
 */
public interface Engine {
    /** The name given to {@code --engine}. */
    String name();

    /** Trains a model as {@code job} says; the model's metadata records this engine's name. */
    SpectrumModel train(TrainingJob job) throws IOException;
}
