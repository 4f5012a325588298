package com.shopperspectrum.cli;

import com.shopperspectrum.core.data.TransactionTable;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The clean transactions of {@code cohorts} and {@code migration}: read and cleaned from the data file (FILE or
 * {@code --data FILE}). A model directory does not hold the transactions these commands need (the dates of every
 * purchase), so {@code --model DIR} is refused with the reason.
 */
final class CleanInput {
    private CleanInput() {}

    static TransactionTable load(
            ModelInput source,
            InputOptions input,
            CleaningMixin cleaning,
            Path outputDir,
            PrintWriter err,
            String what) {
        Path dataFile = source.dataFile();
        if (dataFile == null) {
            throw new IllegalArgumentException("--model " + source.modelDir + ": a model does not hold the dated "
                    + "transactions " + what + " is computed from; give the data FILE it was trained on instead");
        }
        return DataLoader.load(dataFile, input, cleaning, outputDir, err).clean();
    }

    /** The directory of an output file (for the rejects file beside it), or null. */
    static Path directoryOf(Path output) {
        return output == null ? null : output.toAbsolutePath().getParent();
    }
}
