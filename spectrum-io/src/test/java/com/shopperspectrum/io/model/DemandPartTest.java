package com.shopperspectrum.io.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.view.InventoryView;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demand part of a model: written, read back equal, and refused with the file named when it is damaged. */
class DemandPartTest {
    @TempDir
    Path tmp;

    static SpectrumModel model() {
        TransactionTable.Builder b = TransactionTable.builder();
        LocalDateTime monday = LocalDateTime.of(2011, 3, 7, 10, 0);
        int[] units = {4, 0, 6, 5, 0, 7, 3, 8, 2, 6};
        for (int w = 0; w < units.length; w++) {
            if (units[w] > 0) {
                b.add("I" + w, "A", "APPLE", units[w], monday.plusWeeks(w), 1.0 + 0.1 * (w % 3), "c" + (w % 4), "UK");
                b.add("J" + w, "BAN", "BANANA", 1, monday.plusWeeks(w).plusDays(2), 2.0, null, "UK");
            }
        }
        ModelMetadata meta = new ModelMetadata(
                ModelMetadata.FORMAT_VERSION,
                "test",
                "2026-01-01T00:00:00Z",
                new ModelMetadata.InputFile("t.csv", 1, "ab".repeat(32)),
                Map.of(),
                Map.of(),
                Map.of(),
                List.of());
        ModelOptions options = new ModelOptions(
                        null, null, ModelOptions.DEFAULT.matrix(), ModelOptions.DEFAULT.similarity(), 0, null)
                .withInventory(InventoryOptions.DEFAULT);
        return new ModelTrainer(NonProductCodes.DEFAULT, options)
                .train(new Cleaner(CleaningOptions.ORIGINAL).clean(b.build()), meta);
    }

    @Test
    void theSeriesAndOptionsRoundTrip() throws Exception {
        SpectrumModel model = model();
        // the lines without a customer (all of BAN.s) are sales: B has a series
        assertThat(model.demand().series().codes()).containsExactly("A", "BAN");
        new ModelWriter().write(model, tmp.resolve("m"));
        SpectrumModel read = new ModelReader().read(tmp.resolve("m"));

        assertThat(read.demand().inventory()).isEqualTo(InventoryOptions.DEFAULT);
        assertThat(read.demand().series().units(0))
                .containsExactly(model.demand().series().units(0));
        assertThat(read.demand().series().revenue(1))
                .containsExactly(model.demand().series().revenue(1));
        assertThat(new InventoryView(read.demand().inventoryReport(), 100).text())
                .isEqualTo(new InventoryView(model.demand().inventoryReport(), 100).text());
    }

    @Test
    void aModelWithoutTheDemandPartHasNone() throws Exception {
        SpectrumModel model = model().toBuilder().demand(null).build();
        new ModelWriter().write(model, tmp.resolve("m"));
        assertThat(Files.exists(ModelDirectory.files(tmp.resolve("m")).resolve(ModelWriter.DEMAND)))
                .isFalse();
        assertThat(new ModelReader().read(tmp.resolve("m")).demand()).isNull();
    }

    @Test
    void aDamagedSeriesNamesTheFile() throws Exception {
        new ModelWriter().write(model(), tmp.resolve("m"));
        Path dir = ModelDirectory.files(tmp.resolve("m"));
        byte[] options = Files.readAllBytes(dir.resolve(ModelWriter.DEMAND_OPTIONS));
        String broken = new String(options, java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"horizon\" : 8", "\"horizon\" : 0");
        Files.writeString(dir.resolve(ModelWriter.DEMAND_OPTIONS), broken);
        String sums = Files.readString(dir.resolve(Checksums.FILE))
                .replace(
                        Checksums.sha256(options),
                        Checksums.sha256(broken.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve(Checksums.FILE), sums);
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(ModelWriter.DEMAND_OPTIONS)
                .hasMessageContaining("--horizon");
    }
}
