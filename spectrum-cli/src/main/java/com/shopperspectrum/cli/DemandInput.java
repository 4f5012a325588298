package com.shopperspectrum.cli;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.inventory.DemandModel;
import com.shopperspectrum.core.inventory.DemandSeries;
import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.inventory.PricingOptions;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.engine.LoadedData;
import com.shopperspectrum.io.model.ModelReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demand series of {@code inventory} and {@code pricing}: from the model of {@code --model DIR} (its demand
 * part), or built from the sales lines of a data file (every line the cleaning keeps, with the lines without a
 * customer id, less the non-products). Nothing else is trained, so the commands stay quick on a data file.
 */
final class DemandInput {
    private DemandInput() {}

    static DemandModel load(
            ModelInput source,
            InputOptions input,
            CleaningMixin cleaning,
            InventoryOptions inventory,
            PricingOptions pricing,
            PrintWriter err) {
        Path dataFile = source.dataFile();
        if (dataFile == null) {
            SpectrumModel model = new ModelReader().read(source.modelDir);
            if (!model.hasProducts()) {
                throw new IllegalArgumentException("the model " + source.modelDir + " was trained from data without "
                        + "a product column, so it has no demand series: train it with --columns product=HEADER");
            }
            if (model.demand() == null) {
                throw new IllegalArgumentException("the model " + source.modelDir + " has no demand series (it was "
                        + "trained without them, or by an earlier version): train it again with spectrum train");
            }
            return model.demand();
        }
        input.requireProduct("demand (inventory, pricing)");
        LoadedData data = DataLoader.load(dataFile, input, cleaning, null, err);
        CleaningOptions rules = cleaning.toOptions();
        DemandSeries series = DemandSeries.of(
                new Cleaner(rules).sales(data.cleaning().raw()), rules.nonProducts(), inventory.period());
        return new DemandModel(series, inventory, pricing);
    }

    /** Writes {@code text} to {@code output} (a CSV the command was asked for). */
    static void write(Path output, String text) {
        try {
            Files.writeString(output, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot write " + output + ": " + e.getMessage(), e));
        }
    }
}
