package com.shopperspectrum.io.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.cohort.CohortPeriod;
import com.shopperspectrum.core.cohort.Cohorts;
import com.shopperspectrum.core.cohort.MigrationAnalysis;
import com.shopperspectrum.core.cohort.MigrationOptions;
import com.shopperspectrum.core.cohort.SegmentHistory;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.io.view.CohortsCsv;
import com.shopperspectrum.io.view.CohortsView;
import com.shopperspectrum.io.view.MigrationCsv;
import com.shopperspectrum.io.view.MigrationView;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The cohort part of a model: train stores the monthly triangle, the default migration and the month-end series
 * exactly as the commands compute them on the same clean table; written and read back equal; a model without
 * it has none; a damaged part names its file.
 */
class CohortPartTest {
    static final SegmentOptions SEGMENTS = SegmentOptions.DEFAULT.withK(3).withRestarts(3);

    @TempDir
    Path tmp;

    /** 60 customers buying on random days over eight months of 2011, some only once, one with no price change. */
    static CleaningResult cleaning() {
        TransactionTable.Builder b = TransactionTable.builder();
        Random random = new Random(7);
        LocalDateTime start = LocalDateTime.of(2011, 1, 3, 9, 0);
        int invoice = 0;
        for (int c = 0; c < 60; c++) {
            int first = random.nextInt(200);
            int purchases = 1 + random.nextInt(c % 3 == 0 ? 1 : 8);
            for (int p = 0; p < purchases; p++) {
                int day = Math.min(239, first + p * (5 + random.nextInt(40)));
                b.add(
                        "I" + invoice++,
                        "P" + random.nextInt(12),
                        "THING",
                        1 + random.nextInt(6),
                        start.plusDays(day).plusMinutes(random.nextInt(600)),
                        0.5 + random.nextInt(20) / 4.0,
                        "c" + c,
                        "UK");
            }
        }
        return new Cleaner(CleaningOptions.ORIGINAL).clean(b.build());
    }

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
                .withCohorts(SEGMENTS);
        return new ModelTrainer(NonProductCodes.DEFAULT, options).train(cleaning, meta);
    }

    @Test
    void trainStoresWhatTheCommandsComputeOnTheSameCleanTable() {
        CleaningResult cleaning = cleaning();
        TransactionTable clean = cleaning.clean();
        SpectrumModel model = model(cleaning);

        assertThat(model.cohorts()).isNotNull();
        assertThat(model.cohorts().triangle()).isEqualTo(Cohorts.triangle(clean, CohortPeriod.MONTH));
        assertThat(model.cohorts().triangle().cohorts()).isGreaterThan(3);
        LocalDate last = MigrationAnalysis.days(clean).last();
        MigrationOptions defaults = MigrationOptions.defaults(last, SEGMENTS);
        assertThat(model.cohorts().migration().options()).isEqualTo(defaults);
        assertThat(defaults.to()).isEqualTo(last.plusDays(1));
        var direct = new MigrationAnalysis().run(clean, defaults);
        assertThat(new MigrationCsv(model.cohorts().migration()).text()).isEqualTo(new MigrationCsv(direct).text());
        assertThat(model.cohorts().migration().segments()).isEqualTo(direct.segments());
        assertThat(model.cohorts().history()).isEqualTo(SegmentHistory.of(clean, direct.model(), defaults.to()));
        // some customers were won between A and B, some were customers before A
        assertThat(model.cohorts().migration().from().size())
                .isBetween(1, model.cohorts().migration().to().size() - 1);
    }

    @Test
    void trainReusesItsOwnSegmentationWhenItIsTheFitAsOfBAndTheResultIsTheSame() {
        CleaningResult cleaning = cleaning();
        TransactionTable clean = cleaning.clean();
        ModelMetadata meta = new ModelMetadata(
                ModelMetadata.FORMAT_VERSION,
                "test",
                "2026-01-01T00:00:00Z",
                new ModelMetadata.InputFile("t.csv", 1, "ab".repeat(32)),
                Map.of(),
                Map.of(),
                Map.of(),
                List.of());
        MigrationOptions defaults =
                MigrationOptions.defaults(MigrationAnalysis.days(clean).last(), SEGMENTS);
        var direct = new MigrationAnalysis().run(clean, defaults);
        for (var segments : List.of(SEGMENTS, SEGMENTS.withK(SEGMENTS.k() + 1))) {
            ModelOptions options = new ModelOptions(
                            segments, null, ModelOptions.DEFAULT.matrix(), ModelOptions.DEFAULT.similarity(), 0, null)
                    .withCohorts(SEGMENTS);
            SpectrumModel model = new ModelTrainer(NonProductCodes.DEFAULT, options).train(cleaning, meta);
            var stored = model.cohorts().migration();
            if (segments.equals(SEGMENTS)) {
                assertThat(stored.model())
                        .as("reused, not fitted again")
                        .isSameAs(model.segmentation().model());
            } else {
                assertThat(stored.model()).isNotSameAs(model.segmentation().model());
            }
            assertThat(new MigrationCsv(stored).text()).isEqualTo(new MigrationCsv(direct).text());
            assertThat(stored.segments()).isEqualTo(direct.segments());
            assertThat(stored.rfmSegments()).isEqualTo(direct.rfmSegments());
            assertThat(model.cohorts().history()).isEqualTo(SegmentHistory.of(clean, direct.model(), defaults.to()));
        }
    }

    @Test
    void theCustomersMonthEndSegmentsAddUpToTheSeriesAndRoundTrip() throws Exception {
        SpectrumModel model = model(cleaning());
        var part = model.cohorts();
        var months = part.months();
        assertThat(months).isNotNull();
        assertThat(months.size()).isEqualTo(part.migration().to().size());
        var series = part.history().months();
        assertThat(months.points())
                .hasSize(series.size())
                .last()
                .isEqualTo(part.migration().options().to());
        for (int p = 0; p < series.size(); p++) {
            int[] sizes = new int[part.migration().model().k()];
            for (int row = 0; row < months.size(); row++) {
                if (months.cluster(p, row) >= 0) {
                    sizes[months.cluster(p, row)]++;
                }
            }
            assertThat(sizes)
                    .as("point %s", months.points().get(p))
                    .containsExactly(series.get(p).customers());
            assertThat(months.points().get(p)).isEqualTo(series.get(p).asOf());
        }
        int last = series.size() - 1;
        for (int row = 0; row < months.size(); row++) {
            assertThat(months.cluster(last, row))
                    .isEqualTo(part.migration().to().segments().cluster(row));
            assertThat(months.since(row))
                    .isBeforeOrEqualTo(part.migration().options().to());
        }
        new ModelWriter().write(model, tmp.resolve("m"));
        assertThat(new ModelReader().read(tmp.resolve("m")).cohorts().months()).isEqualTo(months);

        // a part written before the month-end segments were kept reads with them null
        SpectrumModel older = model.toBuilder()
                .cohorts(new com.shopperspectrum.core.cohort.CohortModel(
                        part.triangle(), part.migration(), part.history()))
                .build();
        new ModelWriter().write(older, tmp.resolve("old"));
        var read = new ModelReader().read(tmp.resolve("old")).cohorts();
        assertThat(read.months()).isNull();
        assertThat(read.migration().moves()).isEqualTo(part.migration().moves());
    }

    @Test
    void theMonthEndRfmRoundTripsAndAnswersAnyPairOfPointsAsTheData() throws Exception {
        CleaningResult cleaning = cleaning();
        TransactionTable clean = cleaning.clean();
        SpectrumModel model = model(cleaning);
        new ModelWriter().write(model, tmp.resolve("m"));
        var read = new ModelReader().read(tmp.resolve("m")).cohorts();
        assertThat(read.rfm()).isNotNull().isEqualTo(model.cohorts().rfm());
        List<LocalDate> points = read.rfm().points();
        LocalDate a = points.get(1);
        LocalDate b = points.get(points.size() - 3);
        var stored = read.migration(a, b);
        var direct = new MigrationAnalysis().run(clean, new MigrationOptions(a, b, SEGMENTS));
        assertThat(new MigrationView(stored, read.history(stored)).text())
                .isEqualTo(new MigrationView(direct, SegmentHistory.of(clean, direct.model(), b)).text());
        assertThat(new MigrationCsv(stored).text()).isEqualTo(new MigrationCsv(direct).text());

        // a part written with the month-end segments but before the month-end RFM was kept reads with it null
        var part = model.cohorts();
        SpectrumModel older = model.toBuilder()
                .cohorts(new com.shopperspectrum.core.cohort.CohortModel(
                        part.triangle(), part.migration(), part.history(), part.months()))
                .build();
        new ModelWriter().write(older, tmp.resolve("old"));
        var old = new ModelReader().read(tmp.resolve("old")).cohorts();
        assertThat(old.months()).isEqualTo(part.months());
        assertThat(old.rfm()).isNull();
        assertThat(old.anyMonthEnd()).isFalse();
    }

    @Test
    void thePartRoundTrips() throws Exception {
        SpectrumModel model = model(cleaning());
        new ModelWriter().write(model, tmp.resolve("m"));
        Path files = ModelDirectory.files(tmp.resolve("m"));
        assertThat(Files.readString(files.resolve(ModelWriter.METADATA)))
                .contains(ModelWriter.COHORTS)
                .contains(ModelWriter.COHORT_STATES);
        SpectrumModel read = new ModelReader().read(tmp.resolve("m"));

        assertThat(read.cohorts().triangle()).isEqualTo(model.cohorts().triangle());
        assertThat(read.cohorts().history()).isEqualTo(model.cohorts().history());
        assertThat(read.cohorts().migration().options())
                .isEqualTo(model.cohorts().migration().options());
        assertThat(read.cohorts().migration().segments())
                .isEqualTo(model.cohorts().migration().segments());
        assertThat(read.cohorts().migration().rfmSegments())
                .isEqualTo(model.cohorts().migration().rfmSegments());
        assertThat(read.cohorts().migration().moves())
                .isEqualTo(model.cohorts().migration().moves());
        assertThat(new CohortsView(read.cohorts().triangle()).text())
                .isEqualTo(new CohortsView(model.cohorts().triangle()).text());
        assertThat(new CohortsCsv(read.cohorts().triangle()).text())
                .isEqualTo(new CohortsCsv(model.cohorts().triangle()).text());
        assertThat(new MigrationView(read.cohorts().migration(), read.cohorts().history()).text())
                .isEqualTo(new MigrationView(
                                model.cohorts().migration(), model.cohorts().history())
                        .text());
    }

    @Test
    void aModelWithoutThePartHasNone() throws Exception {
        SpectrumModel model = model(cleaning()).toBuilder().cohorts(null).build();
        new ModelWriter().write(model, tmp.resolve("m"));
        assertThat(Files.exists(ModelDirectory.files(tmp.resolve("m")).resolve(ModelWriter.COHORTS)))
                .isFalse();
        assertThat(new ModelReader().read(tmp.resolve("m")).cohorts()).isNull();
    }

    @Test
    void lessThanTheDefaultNinetyDaysIsAWarningNotAFailure() {
        TransactionTable.Builder b = TransactionTable.builder();
        LocalDateTime day = LocalDateTime.of(2011, 3, 7, 10, 0);
        for (int c = 0; c < 10; c++) {
            b.add("I" + c, "A", "APPLE", 1 + c, day.plusDays(c * 3), 1.0, "c" + c, "UK");
        }
        SpectrumModel model = model(new Cleaner(CleaningOptions.ORIGINAL).clean(b.build()));
        assertThat(model.cohorts()).isNull();
        assertThat(model.metadata().warnings()).anyMatch(w -> w.startsWith("no cohorts: the default --from"));
    }

    @Test
    void aDamagedStateNamesTheFile() throws Exception {
        new ModelWriter().write(model(cleaning()), tmp.resolve("m"));
        Path dir = ModelDirectory.files(tmp.resolve("m"));
        byte[] part = Files.readAllBytes(dir.resolve(ModelWriter.COHORTS));
        String json = new String(part, StandardCharsets.UTF_8);
        // the states were written as of the stored dates: move A by one day
        String from = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(json)
                .get("migration")
                .get("from")
                .asText();
        String broken =
                json.replace("\"" + from + "\"", "\"" + LocalDate.parse(from).plusDays(1) + "\"");
        assertThat(broken).isNotEqualTo(json);
        Files.writeString(dir.resolve(ModelWriter.COHORTS), broken);
        String sums = Files.readString(dir.resolve(Checksums.FILE))
                .replace(Checksums.sha256(part), Checksums.sha256(broken.getBytes(StandardCharsets.UTF_8)));
        Files.writeString(dir.resolve(Checksums.FILE), sums);
        assertThatThrownBy(() -> new ModelReader().read(dir))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining(ModelWriter.COHORT_STATES)
                .hasMessageContaining("snapshot");
    }
}
