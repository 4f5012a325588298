package com.shopperspectrum.io.engine;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.ReadResult;
import com.shopperspectrum.io.TransactionReader;
import java.io.PrintWriter;
import java.nio.file.Path;

/** A file read and cleaned: what the embedded engine and most commands start from. */
public record LoadedData(ReadResult read, CleaningResult cleaning) {
    public TransactionTable clean() {
        return cleaning.clean();
    }

    /**
     * Reads {@code file} with {@code options} (showing the progress on {@code display}), prints the reader's
     * warnings and the count of rows set aside on {@code log}, cleans the table and prints the cleaning's warnings.
     */
    public static LoadedData load(
            Path file, ReadOptions options, CleaningOptions cleaning, ReadProgress.Display display, PrintWriter log) {
        ReadResult read;
        try (ReadProgress progress = display.start("reading " + file.getFileName())) {
            read = new TransactionReader(progress::bytes).read(file, options);
        }
        for (String warning : read.report().warnings()) {
            log.println("warning: " + warning);
        }
        if (read.report().badRows() > 0) {
            log.printf(
                    "warning: %,d malformed rows skipped%s%n",
                    read.report().badRows(),
                    read.report().rejectsFile() == null
                            ? ""
                            : ", written to " + read.report().rejectsFile());
        }
        CleaningResult clean = new Cleaner(cleaning).clean(read.table());
        for (String warning : clean.report().warnings()) {
            log.println("warning: " + warning);
        }
        log.flush();
        return new LoadedData(read, clean);
    }
}
