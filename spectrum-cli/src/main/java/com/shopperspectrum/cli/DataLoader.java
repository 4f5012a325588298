package com.shopperspectrum.cli;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.ReadResult;
import com.shopperspectrum.io.TransactionReader;
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
        Path rejects = (outputDir == null ? Path.of(".") : outputDir).resolve(file.getFileName() + ".rejects.csv");
        return load(file, input.toReadOptions(rejects), cleaning.toOptions(), err);
    }

    /** The same with the options as records (what an {@link com.shopperspectrum.io.engine.Engine} is given). */
    static LoadedData load(Path file, ReadOptions options, CleaningOptions cleaning, PrintWriter err) {
        ReadResult read;
        try (Progress progress = Progress.start("reading " + file.getFileName(), err)) {
            read = new TransactionReader(progress::bytes).read(file, options);
        }
        for (String warning : read.report().warnings()) {
            err.println("warning: " + warning);
        }
        if (read.report().badRows() > 0) {
            err.printf(
                    "warning: %,d malformed rows skipped%s%n",
                    read.report().badRows(),
                    read.report().rejectsFile() == null
                            ? ""
                            : ", written to " + read.report().rejectsFile());
        }
        err.flush();
        CleaningResult result = new Cleaner(cleaning).clean(read.table());
        return new LoadedData(read, result);
    }
}
