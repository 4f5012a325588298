package com.shopperspectrum.io.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.clv.ClvAnalysis;
import com.shopperspectrum.core.clv.ClvOptions;
import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.clv.ModelFit;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.view.ClvView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The customer-value part of a model: train stores the analysis {@code clv FILE} computes on the same cleaning, the
 * part reads back to the same JSON and CSV to the byte (NaN standard errors included), a model without it has none,
 * and a damaged part names its files.
 */
class ClvPartTest {
    @TempDir
    Path tmp;

    static SpectrumModel model(CleaningResult cleaning) {
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
                .withClv(ClvOptions.DEFAULT);
        return new ModelTrainer(NonProductCodes.DEFAULT, options).train(cleaning, meta);
    }

    @Test
    void trainStoresWhatTheCommandComputesAndThePartRoundTrips() throws Exception {
        CleaningResult cleaning = CohortPartTest.cleaning();
        SpectrumModel model = model(cleaning);
        ClvResult direct = ClvAnalysis.run(cleaning, ClvOptions.DEFAULT);
        assertThat(model.clv()).isNotNull();
        assertThat(model.metadata().timingsMillis()).containsKey("clv");
        assertThat(new ClvView(model.clv()).text()).isEqualTo(new ClvView(direct).text());
        assertThat(direct.summary().repeaters()).isGreaterThan(10);

        new ModelWriter().write(model, tmp.resolve("m"));
        Path files = ModelDirectory.files(tmp.resolve("m"));
        assertThat(Files.readString(files.resolve(ModelWriter.METADATA)))
                .contains(ModelWriter.CLV)
                .contains(ModelWriter.CLV_CUSTOMERS);
        ClvResult read = new ModelReader().read(tmp.resolve("m")).clv();
        assertThat(new ClvView(read).text()).isEqualTo(new ClvView(direct).text());
        assertThat(new ClvView(read).csv()).isEqualTo(new ClvView(direct).csv());
        assertThat(read.customers()).isEqualTo(direct.customers());
        assertThat(read.options()).isEqualTo(ClvOptions.DEFAULT);
        assertThat(read.summary().repeatDays(3)).isEqualTo(direct.summary().repeatDays(3));
    }

    @Test
    void notANumberRoundTrips() throws Exception {
        // a fit at the boundary has no standard errors and a summary may have no correlation: NaN inside
        SpectrumModel trained = model(CohortPartTest.cleaning());
        ClvResult r = trained.clv();
        ModelFit f = r.models().get(0);
        double[] se = f.standardErrors();
        se[1] = Double.NaN;
        ModelFit noSe = new ModelFit(
                f.name(),
                f.parameterNames(),
                f.parameters(),
                se,
                f.logLikelihood(),
                f.iterations(),
                false,
                true,
                f.seconds(),
                List.of("at the boundary"));
        List<ModelFit> fits = new java.util.ArrayList<>(r.models());
        fits.set(0, noSe);
        ClvResult withNaN = new ClvResult(
                r.options(),
                r.summary(),
                fits,
                r.chosen(),
                r.chosenBy(),
                r.spend(),
                Double.NaN,
                r.trustworthy(),
                r.reasons(),
                r.warnings(),
                r.customers(),
                r.backtest());
        new ModelWriter().write(trained.toBuilder().clv(withNaN).build(), tmp.resolve("m"));
        ClvResult read = new ModelReader().read(tmp.resolve("m")).clv();
        assertThat(read.correlation()).isNaN();
        assertThat(read.models().get(0).standardErrors()[1]).isNaN();
        assertThat(read.models().get(0).atBoundary()).isTrue();
        assertThat(new ClvView(read).text())
                .isEqualTo(new ClvView(withNaN).text())
                .contains("\"alpha\":null");
    }

    @Test
    void aModelWithoutThePartHasNone() throws Exception {
        SpectrumModel model =
                model(CohortPartTest.cleaning()).toBuilder().clv(null).build();
        new ModelWriter().write(model, tmp.resolve("m"));
        assertThat(Files.exists(ModelDirectory.files(tmp.resolve("m")).resolve(ModelWriter.CLV)))
                .isFalse();
        assertThat(new ModelReader().read(tmp.resolve("m")).clv()).isNull();
    }

    @Test
    void aDamagedPartNamesTheFiles() throws Exception {
        new ModelWriter().write(model(CohortPartTest.cleaning()), tmp.resolve("m"));
        Path dir = ModelDirectory.files(tmp.resolve("m"));
        byte[] part = Files.readAllBytes(dir.resolve(ModelWriter.CLV));
        String json = new String(part, StandardCharsets.UTF_8);
        String broken = json.replaceFirst("\"chosen\" : \"[a-z]+\"", "\"chosen\" : \"magic\"");
        assertThat(broken).isNotEqualTo(json);
        Files.writeString(dir.resolve(ModelWriter.CLV), broken);
        String sums = Files.readString(dir.resolve(Checksums.FILE))
                .replace(Checksums.sha256(part), Checksums.sha256(broken.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve(Checksums.FILE), sums);
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(ModelWriter.CLV)
                .hasMessageContaining(ModelWriter.CLV_CUSTOMERS)
                .hasMessageContaining("'magic' is not among the fits");
    }
}
