/**
 * The engine seam: {@link com.shopperspectrum.io.engine.Engine} trains a
 * {@link com.shopperspectrum.core.model.SpectrumModel} from a {@link com.shopperspectrum.io.engine.TrainingJob};
 * the embedded engine (in the CLI) and the Spark engine (module {@code spectrum-spark}) register themselves with
 * {@link java.util.ServiceLoader} and {@link com.shopperspectrum.io.engine.Engines} finds them by name.
 */
package com.shopperspectrum.io.engine;
