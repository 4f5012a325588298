package com.shopperspectrum.cli;

import com.shopperspectrum.io.engine.EmbeddedEngine;
import com.shopperspectrum.io.engine.LoadedData;
import com.shopperspectrum.io.engine.ReadProgress;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * Reads and cleans a transactions file for a command, showing progress on stderr when it is a terminal and
 * printing the reader's warnings. Rejected rows go to {@code <file name>.rejects.csv} beside the output
 * (or the working directory).
 */
public final class DataLoader {
    private DataLoader() {}

    public static LoadedData load(
            Path file, InputOptions input, CleaningMixin cleaning, Path outputDir, PrintWriter err) {
        return LoadedData.load(
                file, input.toReadOptions(rejectsFile(file, outputDir)), cleaning.toOptions(), progress(err), err);
    }

    /** {@code <file name>.rejects.csv} in {@code outputDir} (null: the working directory). */
    static Path rejectsFile(Path file, Path outputDir) {
        return (outputDir == null ? Path.of(".") : outputDir).resolve(file.getFileName() + ".rejects.csv");
    }

    /** The progress bar on {@code err} (shown only when it is a terminal). */
    static ReadProgress.Display progress(PrintWriter err) {
        return task -> Progress.start(task, err);
    }

    /** The embedded engine with the progress bar on {@code err}. */
    static EmbeddedEngine embeddedEngine(PrintWriter err) {
        return new EmbeddedEngine(progress(err));
    }
}
