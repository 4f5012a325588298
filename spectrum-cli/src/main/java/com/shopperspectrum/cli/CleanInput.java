package com.shopperspectrum.cli;

import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.cohort.MigrationOptions;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.model.ModelReader;
import java.io.PrintWriter;
import java.nio.file.Path;

/**
 * The input of {@code cohorts} and {@code migration}: the clean transactions read and cleaned from the data file
 * (FILE or {@code --data FILE}), or, for {@code --model DIR}, the model's cohort part (the monthly triangle and
 * the default migration {@code train} stored). A model does not hold the dated transactions, so other options
 * than those defaults need the data file.
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

    /** Whether the source is {@code --model DIR} (exactly one of a data file and a model must be given). */
    static boolean fromModel(ModelInput source) {
        return source.dataFile() == null;
    }

    /**
     * The cohort part of the model of {@code --model DIR} (its warnings printed to {@code err}); an error saying
     * to train again or give the data file when the model has none.
     */
    static CohortModel stored(ModelInput source, PrintWriter err) {
        SpectrumModel model = new ModelReader().read(source.modelDir);
        for (String warning : model.metadata().warnings()) {
            err.println("warning: the model " + source.modelDir + " says: " + warning);
        }
        err.flush();
        if (model.cohorts() == null) {
            throw new IllegalArgumentException("--model " + source.modelDir + " has no cohort part (it was trained "
                    + "by an earlier version, or on less than " + MigrationOptions.DEFAULT_DAYS + " days of "
                    + "purchases: see its warnings): train it again with spectrum train, or give the data FILE");
        }
        return model.cohorts();
    }

    /** The refusal of an option the model's part cannot answer. */
    static IllegalArgumentException needsData(ModelInput source, String option, String stored) {
        return new IllegalArgumentException(option + " with --model " + source.modelDir + ": the model holds " + stored
                + " only; give the data FILE to compute " + option);
    }

    /** The directory of an output file (for the rejects file beside it), or null. */
    static Path directoryOf(Path output) {
        return output == null ? null : output.toAbsolutePath().getParent();
    }
}
