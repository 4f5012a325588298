package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.view.CohortsView;
import com.shopperspectrum.io.view.MigrationView;
import io.javalin.Javalin;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /api/cohorts} and {@code GET /api/migration}: the model's cohort part through the views
 * {@code cohorts --json} and {@code migration --json} print; a model without the part is a 404 JSON error; other
 * periods or days than the stored ones are a 400.
 */
class CohortApiTest {
    /** Eight customers over half a year: enough days for the default 90-day migration. */
    static CohortModel cohorts() {
        TransactionTable.Builder b = TransactionTable.builder();
        LocalDateTime start = LocalDateTime.of(2011, 1, 5, 10, 0);
        for (int c = 0; c < 8; c++) {
            for (int visit = 0; visit <= c % 4; visit++) {
                b.add(
                        "I" + c + "-" + visit,
                        "A",
                        "APPLE",
                        1 + c,
                        start.plusDays(20L * c + 35L * visit),
                        1.5,
                        "c" + c,
                        "UK");
            }
        }
        TransactionTable clean =
                new Cleaner(CleaningOptions.ORIGINAL).clean(b.build()).clean();
        return CohortModel.of(clean, SegmentOptions.DEFAULT.withK(2).withRestarts(3));
    }

    @Test
    void theStoredPartAnswersAsTheCommandsPrintIt() throws Exception {
        CohortModel part = cohorts();
        Javalin app = WebApp.create(new ModelService(
                        TestModels.small().toBuilder().cohorts(part).build()))
                .start("127.0.0.1", 0);
        try {
            Http http = new Http("http://127.0.0.1:" + app.port());
            Http.Answer c = http.get("/api/cohorts");
            assertThat(c.status()).as(c.body()).isEqualTo(200);
            assertThat(c.header("Content-Type")).startsWith("application/json");
            assertThat(c.json()).isEqualTo(Json.mapper().readTree(new CohortsView(part.triangle()).text()));
            assertThat(c.json().get("period").asText()).isEqualTo("month");
            assertThat(c.json().get("customers").asInt()).isEqualTo(8);
            assertThat(http.get("/api/cohorts?period=month").json()).isEqualTo(c.json());

            Http.Answer m = http.get("/api/migration");
            assertThat(m.status()).as(m.body()).isEqualTo(200);
            JsonNode expected = Json.mapper().readTree(new MigrationView(part.migration(), part.history()).text());
            assertThat(m.json()).isEqualTo(expected);
            String from = part.migration().options().from().toString();
            assertThat(m.json().get("from").asText()).isEqualTo(from);
            assertThat(m.json().get("customersTo").asInt()).isEqualTo(8);
            assertThat(http.get("/api/migration?from=" + from).json()).isEqualTo(expected);

            ApiTest.assertError(http.get("/api/cohorts?period=week"), 400, "monthly triangle only");
            // days that are no month-end points, A not before B, no day at all: 400s naming the parameter, value and
            // days
            ApiTest.assertError(
                    http.get("/api/migration?from=2011-02-15"), 400, "from '2011-02-15': give one of " + from);
            ApiTest.assertError(
                    http.get("/api/migration?to=2011-05-02"), 400, "to '2011-05-02': give one of 2011-03-01, ");
            ApiTest.assertError(
                    http.get("/api/migration?from=2011-06-01&to=2011-05-01"), 400, "from must be before to 2011-05-01");
            ApiTest.assertError(http.get("/api/migration.csv?to=May"), 400, "to 'May' is not a day (yyyy-MM-dd)");

        } finally {
            app.stop();
        }
    }

    @Test
    void aModelWithoutThePartIsA404() {
        Javalin app = WebApp.create(new ModelService(TestModels.small())).start("127.0.0.1", 0);
        try {
            Http http = new Http("http://127.0.0.1:" + app.port());
            // the small model is trained without the part, as by an earlier version
            ApiTest.assertError(http.get("/api/cohorts"), 404, "no cohort part (it was trained by an earlier version)");
            ApiTest.assertError(http.get("/api/migration"), 404, "train it again");
        } finally {
            app.stop();
        }
    }
}
