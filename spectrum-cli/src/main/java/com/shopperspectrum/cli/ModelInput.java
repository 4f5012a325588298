package com.shopperspectrum.cli;

import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.engine.EmbeddedEngine;
import com.shopperspectrum.io.engine.LoadedData;
import com.shopperspectrum.io.engine.TrainingJob;
import com.shopperspectrum.io.model.ModelReader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/**
 * Where a command's model comes from, the same for every command that needs one: {@code --model DIR} (a model
 * directory written by {@code train}) or a data file ({@code --data FILE}, or the command's FILE parameter where it
 * has one), trained in memory by the embedded engine with the command's options, leaving out the parts the command
 * does not need. Either way the command then reads one {@link SpectrumModel}; options flow one way, from the flags
 * into the {@link ModelOptions} of the training, never back.
 */
public final class ModelInput {
    @Option(
            names = "--model",
            paramLabel = "DIR",
            description = "A model directory written by train, instead of a data file (the options it was trained "
                    + "with apply).")
    Path modelDir;

    @Option(
            names = "--data",
            paramLabel = "FILE",
            description = "Transactions file (CSV, CSV.gz or XLSX), trained in memory with the options given here.")
    Path data;

    /** The command's FILE parameter, the same as {@code --data FILE}, where the command has one. */
    private Path file;

    private boolean hasFileParameter;

    /** The data file trained from, kept for what the model does not hold (null for {@code --model}). */
    private LoadedData loaded;

    /** Takes the command's FILE parameter (null when not given) as the same as {@code --data FILE}. */
    ModelInput file(Path fileParameter) {
        this.file = fileParameter;
        this.hasFileParameter = true;
        return this;
    }

    /** The data file, or null for {@code --model}; exactly one of them must be given. */
    Path dataFile() {
        if (file != null && data != null) {
            throw new IllegalArgumentException("give the data file once: FILE or --data FILE");
        }
        Path chosen = file != null ? file : data;
        if ((chosen == null) == (modelDir == null)) {
            throw new IllegalArgumentException("give either " + (hasFileParameter ? "a data FILE" : "--data FILE")
                    + " or --model DIR" + (chosen == null ? "" : ", not both: they are mutually exclusive"));
        }
        return chosen;
    }

    /**
     * The model of {@code --model DIR}, or of the data file trained with {@code options} (rejected rows go to
     * {@code rejectsDir}, null: the working directory). A trained model is handed to {@code check} before its
     * warnings are printed, so a command that cannot use it fails with the reason alone.
     */
    /**
     * Fails, before training from a file, when --columns maps no product column, and for a stored model trained
     * so, with a plain message: {@code command} is about products, which such a model does not have.
     */
    SpectrumModel requireProducts(
            String command, InputOptions input, java.util.function.Supplier<SpectrumModel> model) {
        if (dataFile() != null) {
            input.requireProduct(command);
        }
        SpectrumModel m = model.get();
        if (!m.hasProducts()) {
            throw new IllegalArgumentException("the model " + modelDir + " was trained from data without a product "
                    + "column, so it has no similar products or recommendations for " + command + ": train it with "
                    + "--columns product=HEADER (its profile, segments and customer value need no products)");
        }
        return m;
    }

    SpectrumModel model(
            InputOptions input,
            CleaningMixin cleaning,
            Supplier<ModelOptions> options,
            Path rejectsDir,
            PrintWriter err,
            Consumer<SpectrumModel> check) {
        Path dataFile = dataFile();
        if (dataFile == null) {
            SpectrumModel stored = new ModelReader().read(modelDir);
            for (String warning : stored.metadata().warnings()) {
                err.println("warning: the model " + modelDir + " says: " + warning);
            }
            err.flush();
            return stored;
        }
        loaded = DataLoader.load(dataFile, input, cleaning, rejectsDir, err);
        TrainingJob job = new TrainingJob(
                dataFile.toString(),
                input.toReadOptions(DataLoader.rejectsFile(dataFile, rejectsDir)),
                cleaning.toOptions(),
                options.get(),
                null,
                SpectrumCommand.version(),
                err);
        SpectrumModel model = new EmbeddedEngine().train(job, loaded);
        check.accept(model);
        for (String warning : model.metadata().warnings()) {
            err.println("warning: " + warning);
        }
        err.flush();
        return model;
    }

    /** Whether the model is trained from a data file (once {@link #dataFile} accepted the sources). */
    boolean trains() {
        return modelDir == null;
    }

    /**
     * The customers of the data file trained from that the model does not hold (they have no clean purchase, for
     * example they only cancelled orders: recommend answers them with popular products, as it always has), or
     * none for {@code --model}.
     */
    String[] customersWithoutPurchases(SpectrumModel model) {
        if (loaded == null) {
            return new String[0];
        }
        Set<String> inModel = new HashSet<>(List.of(model.customers().rfm().customerIds()));
        return Arrays.stream(loaded.clean().customers().values())
                .filter(id -> !inModel.contains(id))
                .toArray(String[]::new);
    }
}
