package com.shopperspectrum.io.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.Weighting;
import com.shopperspectrum.io.ReadOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A library user trains with a job and the engine seam alone: no CLI, no picocli. */
class EmbeddedEngineTest {
    @TempDir
    Path dir;

    @Test
    void trainsAFileFoundByNameAndLeavesOutThePartsWithoutOptions() throws IOException {
        Path file = dir.resolve("shop.csv");
        Files.write(
                file,
                List.of(
                        "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country",
                        "1,A,APPLE,2,2011-01-10 10:00:00,1.5,1,UK",
                        "1,B,BANANA,1,2011-01-10 10:00:00,1.5,1,UK",
                        "2,A,APPLE,1,2011-02-10 10:00:00,1.5,2,UK",
                        "2,B,BANANA,3,2011-02-10 10:00:00,1.5,2,UK",
                        "3,A,APPLE,1,2011-03-10 10:00:00,1.5,3,UK"));
        ModelOptions neighboursOnly = new ModelOptions(
                null,
                null,
                MatrixOptions.of(Scope.CUSTOMER, Weighting.BINARY),
                ModelOptions.DEFAULT.similarity(),
                0,
                null);
        StringWriter log = new StringWriter();
        TrainingJob job = new TrainingJob(
                file.toString(),
                ReadOptions.DEFAULT,
                CleaningOptions.ORIGINAL,
                neighboursOnly,
                null,
                "test",
                new PrintWriter(log, true));

        SpectrumModel model = Training.run(Engines.named(Engines.EMBEDDED), job);

        assertThat(model.metadata().options())
                .containsEntry("engine", "embedded")
                .doesNotContainKey("k");
        assertThat(model.segmentation()).isNull();
        assertThat(model.metadata().warnings()).isEmpty();
        assertThat(model.neighbours().similar("B", 1).get(0).stockCode()).isEqualTo("A");
        assertThat(model.customers().size()).isEqualTo(3);
        assertThat(log.toString()).isEmpty();
    }

    @Test
    void aMasterIsRefusedByTheEmbeddedEngine() {
        TrainingJob job = new TrainingJob(
                "x.csv",
                ReadOptions.DEFAULT,
                CleaningOptions.ORIGINAL,
                ModelOptions.DEFAULT,
                "local[2]",
                "test",
                new PrintWriter(new StringWriter()));

        assertThatThrownBy(() -> new EmbeddedEngine().train(job))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--master applies to --engine spark only");
    }
}
