package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.clv.ClvOptions;
import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.clv.CustomerValue;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.io.view.ClvView;
import com.shopperspectrum.io.view.SegmentCustomersCsv;
import io.javalin.Javalin;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/clv} answers the model's CLV part with the bytes of {@code clv --json}; each customer's
 * {@code pAlive}, {@code expectedTransactions} and {@code clv} come from the part, null with the reason when it is
 * missing or not trustworthy; the segment CSVs carry the three columns; a model without the part is a 404 JSON
 * error saying to train again.
 */
class ClvApiTest {
    /**
     * 120 customers over a year who buy every 1–6 weeks for an exponential lifetime (mean 120 days) and then
     * stop: a purchase process with a dropout the models can identify.
     */
    static SpectrumModel model() {
        TransactionTable.Builder b = TransactionTable.builder();
        Random random = new Random(11);
        LocalDateTime start = LocalDateTime.of(2011, 1, 3, 10, 0);
        int invoice = 0;
        for (int c = 0; c < 120; c++) {
            int first = random.nextInt(150);
            double life = -120 * Math.log(1 - random.nextDouble());
            int gap = 7 * (1 + random.nextInt(6));
            for (int day = first; day <= Math.min(364, first + life); day += gap) {
                b.add(
                        "I" + invoice++,
                        "P" + random.nextInt(8),
                        "THING",
                        1 + random.nextInt(6),
                        start.plusDays(day),
                        1 + random.nextInt(20) / 2.0,
                        "c" + (1000 + c),
                        "UK");
            }
        }
        ModelMetadata meta = new ModelMetadata(
                ModelMetadata.FORMAT_VERSION,
                "test",
                "2026-01-01T00:00:00Z",
                new ModelMetadata.InputFile("clv.csv", 1, "ab".repeat(32)),
                Map.of(),
                Map.of(),
                Map.of(),
                List.of());
        ModelOptions options = new ModelOptions(
                        SegmentOptions.DEFAULT.withK(2).withRestarts(3),
                        null,
                        ModelOptions.DEFAULT.matrix(),
                        ModelOptions.DEFAULT.similarity(),
                        0,
                        null)
                .withClv(ClvOptions.DEFAULT);
        return new ModelTrainer(NonProductCodes.DEFAULT, options)
                .train(new Cleaner(CleaningOptions.ORIGINAL).clean(b.build()), meta);
    }

    static void serve(SpectrumModel model, Consumer<Http> test) {
        Javalin app = WebApp.create(new ModelService(model)).start("127.0.0.1", 0);
        try {
            test.accept(new Http("http://127.0.0.1:" + app.port()));
        } finally {
            app.stop();
        }
    }

    @Test
    void theStoredPartAnswersWithTheCommandsBytes() {
        SpectrumModel model = model();
        ClvResult clv = model.clv();
        assertThat(clv.trustworthy()).as(clv.reasons().toString()).isTrue();
        serve(model, http -> {
            Http.Answer a = http.get("/api/clv");
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            assertThat(a.header("Content-Type")).startsWith("application/json");
            assertThat(a.body()).isEqualTo(new ClvView(clv).text());
            assertThat(a.json().get("trustworthy").asBoolean()).isTrue();

            CustomerValue v = clv.customers().get(3);
            JsonNode c = http.get("/api/customers/" + v.customerId()).json();
            assertThat(c.get("pAlive").asDouble()).isEqualTo(v.pAlive()).isBetween(0.0, 1.0);
            assertThat(c.get("expectedTransactions").asDouble()).isEqualTo(v.expectedTransactions());
            assertThat(c.get("clv").asDouble()).isEqualTo(v.clv()).isPositive();
            assertThat(c.get("clvUnavailable").isNull()).isTrue();

            String name = model.segmentation().model().names().get(0);
            Http.Answer csv = http.get("/api/segments/" + name.replace(" ", "%20") + "/customers.csv");
            assertThat(csv.status()).as(csv.body()).isEqualTo(200);
            List<String> lines = csv.body().lines().toList();
            assertThat(lines.get(0)).isEqualTo(SegmentCustomersCsv.HEADER + SegmentCustomersCsv.CLV_COLUMNS);
            assertThat(lines.get(1).split(",", -1)).hasSize(13);
            assertThat(lines.get(1).split(",", -1)[10]).isNotEmpty();
        });
    }

    @Test
    void aModelThatIsNotTrustworthyGivesNullsWithTheReason() {
        // the small model's six customers: too few repeat buyers
        SpectrumModel small = TestModels.small();
        ClvResult weak = com.shopperspectrum.core.clv.ClvAnalysis.run(
                new Cleaner(CleaningOptions.ORIGINAL)
                        .clean(TransactionTable.builder()
                                .add("1", "A", "A", 1, LocalDateTime.of(2011, 1, 1, 9, 0), 1, "12347", "UK")
                                .add("2", "A", "A", 1, LocalDateTime.of(2011, 2, 1, 9, 0), 1, "12347", "UK")
                                .build()),
                ClvOptions.DEFAULT);
        assertThat(weak.trustworthy()).isFalse();
        serve(small.toBuilder().clv(weak).build(), http -> {
            JsonNode c = http.get("/api/customers/12347").json();
            assertThat(c.get("pAlive").isNull()).isTrue();
            assertThat(c.get("clv").isNull()).isTrue();
            assertThat(c.get("clvUnavailable").asText()).contains("not trustworthy", "need at least 10");
            assertThat(http.get("/api/clv").json().get("trustworthy").asBoolean())
                    .isFalse();
        });
    }

    @Test
    void aModelWithoutThePartIsA404AndNullsWithTheReason() {
        serve(TestModels.small(), http -> {
            ApiTest.assertError(http.get("/api/clv"), 404, "no customer-value part");
            ApiTest.assertError(http.get("/api/clv"), 404, "train it again");
            JsonNode c = http.get("/api/customers/12347").json();
            assertThat(c.get("pAlive").isNull()).isTrue();
            assertThat(c.get("clvUnavailable").asText()).contains("no customer-value part");
        });
    }
}
