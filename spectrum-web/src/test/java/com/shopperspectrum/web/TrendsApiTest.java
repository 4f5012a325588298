package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.cohort.CustomerMove;
import com.shopperspectrum.core.cohort.MigrationMatrix;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.view.MigrationCsv;
import com.shopperspectrum.io.view.MigrationView;
import io.javalin.Javalin;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The cohort part's API beyond the JSON answers: the customer moves as CSV (all, or the movers between two
 * segments), the month-end series in {@code GET /api/segments}, and each customer's previous segment in
 * {@code GET /api/customers/{id}}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendsApiTest {
    private SpectrumModel model;
    private CohortModel part;
    private Javalin app;
    private Http http;

    @BeforeAll
    void start() {
        model = TrendsModels.trends();
        part = model.cohorts();
        assertThat(part)
                .as(
                        "the fixture trains the cohort part; warnings: %s",
                        model.metadata().warnings())
                .isNotNull();
        app = WebApp.create(new ModelService(model)).start("127.0.0.1", 0);
        http = new Http("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    @Test
    void theMovesDownloadAsTheCommandWritesThemAndFilterByTheirSegments() {
        Http.Answer all = http.get("/api/migration.csv");
        assertThat(all.status()).as(all.body()).isEqualTo(200);
        assertThat(all.header("Content-Type")).startsWith("text/csv");
        assertThat(all.header("Content-Disposition"))
                .contains("migration-" + part.migration().options().from() + ".csv");
        assertThat(all.body()).isEqualTo(new MigrationCsv(part.migration()).text());
        List<String> lines = all.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(MigrationCsv.HEADER);
        assertThat(lines).hasSize(1 + part.migration().to().size());

        MigrationMatrix m = part.migration().segments();
        int notYet = m.rows().size() - 1;
        assertThat(m.rowTotal(notYet)).as("the fixture wins customers after A").isEqualTo(2);
        for (int r = 0; r < m.rows().size(); r++) {
            for (int c = 0; c < m.columns().size(); c++) {
                String url = "/api/migration.csv?segmentFrom="
                        + Format.url(m.rows().get(r).toUpperCase()) + "&segmentTo="
                        + Format.url(m.columns().get(c));
                List<String> rows = http.get(url).body().lines().skip(1).toList();
                assertThat(rows).as(url).hasSize(m.count(r, c));
                String from = r == notYet ? "" : m.rows().get(r);
                assertThat(rows)
                        .allSatisfy(line -> assertThat(line.split(",", -1)[1]).isEqualTo(from));
            }
        }
        List<String> won = http.get("/api/migration.csv?segmentFrom=not%20yet%20a%20customer")
                .body()
                .lines()
                .skip(1)
                .map(line -> line.split(",")[0])
                .toList();
        assertThat(won).containsExactly("c12", "c13");

        ApiTest.assertError(http.get("/api/migration.csv?segmentFrom=Loyal"), 400, "segmentFrom 'Loyal'");
        ApiTest.assertError(
                http.get("/api/migration.csv?segmentTo=nope"),
                400,
                "segments: " + m.columns().get(0));
        ApiTest.assertError(http.get("/api/migration.csv?from=2011-02-02"), 400, "from '2011-02-02': give one of");
    }

    @Test
    void theMigrationBetweenAnyTwoMonthEndsIsTheDataFilesToTheByte() {
        var clean = TrendsModels.clean();
        var points = part.rfm().points();
        for (int b = 1; b < points.size(); b++) {
            for (int a = 0; a < b; a++) {
                var options = new com.shopperspectrum.core.cohort.MigrationOptions(
                        points.get(a), points.get(b), TrendsModels.SEGMENTS);
                var direct = new com.shopperspectrum.core.cohort.MigrationAnalysis().run(clean, options);
                var history = com.shopperspectrum.core.cohort.SegmentHistory.of(clean, direct.model(), points.get(b));
                String query = "?from=" + points.get(a) + "&to=" + points.get(b);
                Http.Answer json = http.get("/api/migration" + query);
                assertThat(json.status()).as(json.body()).isEqualTo(200);
                assertThat(json.body()).as(query).isEqualTo(new MigrationView(direct, history).text());
                assertThat(http.get("/api/migration" + query).body())
                        .as("cached")
                        .isEqualTo(json.body());
                Http.Answer csv = http.get("/api/migration.csv" + query);
                assertThat(csv.body()).as(query).isEqualTo(new MigrationCsv(direct).text());
                assertThat(csv.header("Content-Disposition"))
                        .contains("migration-" + points.get(a) + "-" + points.get(b) + ".csv");
            }
        }
        // B alone: A is the last month end at least 90 days before it
        LocalDate b = points.get(points.size() - 2);
        JsonNode byDefault = http.get("/api/migration?to=" + b).json();
        LocalDate a = LocalDate.parse(byDefault.get("from").asText());
        assertThat(points).contains(a);
        assertThat(a).isBeforeOrEqualTo(b.minusDays(90));
        assertThat(points.stream().filter(p -> p.isAfter(a) && !p.isAfter(b.minusDays(90))))
                .isEmpty();
    }

    @Test
    void theSegmentsCarryTheMonthEndSeries() throws Exception {
        JsonNode s = http.get("/api/segments").json();
        JsonNode expected =
                Json.mapper().readTree(Json.mapper().writeValueAsBytes(MigrationView.history(part.history())));
        assertThat(s.get("history")).isEqualTo(expected);
        assertThat(s.at("/history/months").size())
                .isEqualTo(part.history().months().size())
                .isGreaterThan(6);
        int last = s.at("/history/months").size() - 1;
        int sum = 0;
        for (JsonNode n : s.at("/history/months/" + last + "/customers")) {
            sum += n.asInt();
        }
        assertThat(sum).as("the last point counts every customer").isEqualTo(14);
        assertThat(s.get("k").asInt()).isEqualTo(2);

        Javalin small = WebApp.create(new ModelService(TestModels.small())).start("127.0.0.1", 0);
        try {
            JsonNode without = new Http("http://127.0.0.1:" + small.port())
                    .get("/api/segments")
                    .json();
            assertThat(without.has("history")).isTrue();
            assertThat(without.get("history").isNull()).isTrue();
        } finally {
            small.stop();
        }
    }

    @Test
    void aCustomerCarriesTheSegmentBeforeAndAfterTheStoredMigration() {
        String from = part.migration().options().from().toString();
        String to = part.migration().options().to().toString();
        for (CustomerMove move : part.migration().moves()) {
            JsonNode p = http.get("/api/customers/" + move.customerId()).json().get("previousSegment");
            assertThat(p.get("from").asText()).isEqualTo(from);
            assertThat(p.get("to").asText()).isEqualTo(to);
            assertThat(p.get("segmentNow").asText()).isEqualTo(move.segmentTo());
            assertThat(p.get("rfmSegmentNow").asText()).isEqualTo(move.rfmTo());
            assertThat(p.get("since").asText())
                    .isEqualTo(part.months()
                            .since(part.migration().moves().indexOf(move))
                            .toString());
            if (move.wasCustomer()) {
                assertThat(p.get("segment").asText()).isEqualTo(move.segmentFrom());
                assertThat(p.get("rfmSegment").asText()).isEqualTo(move.rfmFrom());
                assertThat(p.get("moved").asBoolean())
                        .isEqualTo(!move.segmentFrom().equals(move.segmentTo()));
            } else {
                assertThat(p.get("segment").isNull()).isTrue();
                assertThat(p.get("moved").asBoolean()).isTrue();
            }
        }
        assertThat(http.get("/api/customers/c12")
                        .json()
                        .at("/previousSegment/segment")
                        .isNull())
                .isTrue();
        Javalin small = WebApp.create(new ModelService(TestModels.small())).start("127.0.0.1", 0);
        try {
            JsonNode c = new Http("http://127.0.0.1:" + small.port())
                    .get("/api/customers/12347")
                    .json();
            assertThat(c.has("previousSegment")).isTrue();
            assertThat(c.get("previousSegment").isNull()).isTrue();
        } finally {
            small.stop();
        }
    }
}
