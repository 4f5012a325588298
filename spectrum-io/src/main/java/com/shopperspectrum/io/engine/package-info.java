/**
 * The engine seam: {@link com.shopperspectrum.io.engine.Engine} trains a
 * {@link com.shopperspectrum.core.model.SpectrumModel} from a {@link com.shopperspectrum.io.engine.TrainingJob}
 * (input, reading, cleaning and model options); {@link com.shopperspectrum.io.engine.Training#run} runs a job and
 * reports the model's warnings. The embedded engine ({@link com.shopperspectrum.io.engine.EmbeddedEngine}, here)
 * and the Spark engine (module {@code spectrum-spark}) register themselves with {@link java.util.ServiceLoader} and
 * {@link com.shopperspectrum.io.engine.Engines} finds them by name. Nothing here depends on the CLI or picocli, so a
 * library user or a test can train with a {@code TrainingJob} alone.
 */
package com.shopperspectrum.io.engine;
