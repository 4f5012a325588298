package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.cohort.CohortModel;
import com.shopperspectrum.core.cohort.CustomerMove;
import com.shopperspectrum.core.cohort.MigrationMatrix;
import com.shopperspectrum.core.cohort.SegmentMonth;
import com.shopperspectrum.core.segment.RfmSegment;
import com.shopperspectrum.io.view.CohortsCsv;
import com.shopperspectrum.io.view.SegmentHistoryCsv;
import io.javalin.Javalin;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Trends page (retention triangle, migration matrix and movers, segments month by month; each with its chart,
 * table and CSV) and the customer page's "was …, now …", on the model with the cohort part; a model without it
 * says so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TrendsPagesTest {
    private CohortModel part;
    private Javalin app;
    private Http http;

    @BeforeAll
    void start() {
        var model = TrendsModels.trends();
        part = model.cohorts();
        app = WebApp.create(new ModelService(model)).start("127.0.0.1", 0);
        http = new Http("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    @Test
    void theTriangleIsAHeatmapWithItsTableAndItsCsv() {
        Http.Answer page = http.get("/trends");
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        String html = page.body();
        assertThat(html)
                .contains("<a href=\"/trends\" class=\"active\" aria-current=\"page\">Trends</a>")
                .contains("data-chart=\"retention\"")
                .contains("\"retention\":{\"kind\":\"heatmap\"")
                .contains("href=\"/api/cohorts.csv\"");
        String table = section(html, "<table class=\"num\" id=\"triangle\">", "</table>");
        int cohorts = part.triangle().cohorts();
        assertThat(count(table, "<tr><th>20")).isEqualTo(cohorts);
        // period 0 is every cohort's own month: 100 % each
        assertThat(count(table, "<td title=")).isEqualTo(part.triangle().cells().size());
        assertThat(count(table, "</td><td title=\"")).isGreaterThan(0);
        var first = part.triangle().byCohort().values().iterator().next();
        assertThat(table)
                .contains("<tr><th>" + first.get(0).cohort() + "</th><td>"
                        + first.get(0).cohortSize() + "</td><td title=\""
                        + first.get(0).active() + " active\">100.0 %</td>");
        assertThat(html).contains("14 customers in " + cohorts + " monthly cohorts");
        assertThat(html).containsPattern("Of the \\d+ customers? who first bought in 2011-\\d\\d, \\d+ \\(");

        Http.Answer csv = http.get("/api/cohorts.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).isEqualTo(new CohortsCsv(part.triangle()).text());
        ApiTest.assertError(http.get("/api/cohorts.csv?period=week"), 400, "monthly triangle only");
    }

    @Test
    void theMigrationMatrixCountsSharesAndMoversAgreeWithThePart() {
        MigrationMatrix m = part.migration().segments();
        String html = http.get("/trends").body();
        String table = section(html, "<table class=\"num\" id=\"migration\">", "</table>");
        for (int r = 0; r < m.rows().size(); r++) {
            StringBuilder row = new StringBuilder("<tr><th>" + m.rows().get(r) + "</th>");
            for (int c = 0; c < m.columns().size(); c++) {
                row.append("<td>").append(m.count(r, c)).append("</td>");
            }
            row.append("<td>").append(m.rowTotal(r)).append("</td></tr>");
            assertThat(table).contains(row);
        }
        String from = part.migration().options().from().toString();
        String to = part.migration().options().to().toString();
        assertThat(html).contains("Of the 2 customers won between " + from + " and " + to + ", ");
        assertThat(html).contains("data-chart=\"migrationFlow\"").contains("\"kind\":\"sankey\"");

        Matcher movers = Pattern.compile("<li><a href=\"(/api/migration\\.csv\\?[^\"]+)\" download>([^<]+) → ([^<]+)"
                        + " \\((\\d+) customers?\\)</a></li>")
                .matcher(html);
        int links = 0;
        while (movers.find()) {
            links++;
            String url = movers.group(1).replace("&amp;", "&");
            assertThat(http.get(url).body().lines().skip(1).count()).as(url).isEqualTo(Long.parseLong(movers.group(4)));
            int r = m.rows().indexOf(movers.group(2));
            int c = m.columns().indexOf(movers.group(3));
            assertThat(m.count(r, c)).isEqualTo(Integer.parseInt(movers.group(4)));
        }
        int expected = 0;
        for (int r = 0; r < m.rows().size(); r++) {
            for (int c = 0; c < m.columns().size(); c++) {
                expected +=
                        m.count(r, c) > 0 && !m.rows().get(r).equals(m.columns().get(c)) ? 1 : 0;
            }
        }
        assertThat(links).isEqualTo(expected).isPositive();

        String shares = section(http.get("/trends?show=shares").body(), "id=\"migration\">", "</table>");
        assertThat(shares)
                .contains("<tr><th>" + MigrationMatrix.NOT_YET + "</th>")
                .contains(" %</td>");
        String rfm = http.get("/trends?matrix=rfm").body();
        assertThat(section(rfm, "id=\"migration\">", "</thead>"))
                .contains(Arrays.stream(RfmSegment.values())
                        .map(s -> "<th>" + s.label() + "</th>")
                        .toList());
        assertThat(rfm).contains("<option value=\"rfm\" selected>");
        assertThat(http.get("/trends?matrix=flow").status()).isEqualTo(400);
        assertThat(http.get("/trends?show=percent").body()).contains("show must be one of counts, shares");
    }

    @Test
    void bothDaysAreChosenInThePageAndTheMatrixFollowsB() {
        var points = part.rfm().points();
        int last = points.size() - 1;
        var clean = TrendsModels.clean();
        String form = http.get("/trends").body();
        assertThat(form)
                .contains("<option value=\"\" selected>to " + points.get(last) + " (the end of the data)</option>");
        java.util.Set<MigrationMatrix> seen = new java.util.HashSet<>();
        int lists = 0;
        for (int b = 1; b < last; b++) {
            String to = points.get(b).toString();
            assertThat(form).contains("<option value=\"" + to + "\">to " + to + " (after the month end ");
            for (int a = 0; a < b; a++) {
                String from = points.get(a).toString();
                Http.Answer page = http.get("/trends?from=" + from + "&to=" + to);
                assertThat(page.status()).as(page.body()).isEqualTo(200);
                var direct = new com.shopperspectrum.core.cohort.MigrationAnalysis()
                        .run(
                                clean,
                                new com.shopperspectrum.core.cohort.MigrationOptions(
                                        points.get(a), points.get(b), TrendsModels.SEGMENTS));
                MigrationMatrix m = direct.segments();
                seen.add(m);
                String table = section(page.body(), "<table class=\"num\" id=\"migration\">", "</table>");
                assertThat(table).contains("as of " + from + " ↓ / as of " + to + " →");
                for (int r = 0; r < m.rows().size(); r++) {
                    StringBuilder row = new StringBuilder("<tr><th>" + m.rows().get(r) + "</th>");
                    for (int c = 0; c < m.columns().size(); c++) {
                        row.append("<td>")
                                .append(String.format("%,d", m.count(r, c)))
                                .append("</td>");
                    }
                    assertThat(table).as("%s → %s row %d", from, to, r).contains(row);
                }
                assertThat(page.body())
                        .contains("From " + from + " (A) to " + to + " (B): ")
                        .contains("<option value=\"" + from + "\" selected>")
                        .contains("<option value=\"" + to + "\" selected>")
                        .contains("href=\"/api/migration.csv?from=" + from + "&amp;to=" + to + "\" download>");
                lists += moverLists(http, page.body(), "/api/migration\\.csv\\?from=");
                var answers = new CohortAnswers(TrendsModels.trends());
                assertThat(TrendsPage.choice(answers, "rfm", from, to).matrix()).isEqualTo(direct.rfmSegments());
            }
        }
        assertThat(lists).as("movers' lists between chosen days").isPositive();
        // choosing B changes the matrix: from the first month end, B one month later and at the end differ
        String first = points.get(0).toString();
        String early = section(
                http.get("/trends?from=" + first + "&to=" + points.get(1)).body(),
                "<table class=\"num\" id=\"migration\">",
                "</table>");
        String end =
                section(http.get("/trends?from=" + first).body(), "<table class=\"num\" id=\"migration\">", "</table>");
        assertThat(early).isNotEqualTo(end);
        assertThat(seen).as("distinct matrices over the pairs").hasSizeGreaterThan(1);
        // B given, A by default: the last month end 90 days or more before B (or the first)
        Http.Answer byDefault = http.get("/trends?to=" + points.get(last - 1));
        assertThat(byDefault.status()).isEqualTo(200);
        assertThat(byDefault.body()).contains("<option value=\"\" selected>from ");
        Http.Answer bad = http.get("/trends?from=" + points.get(2) + "&to=" + points.get(1));
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("from &#39;" + points.get(2) + "&#39;").contains("before to");
    }

    /** A model trained before the month-end RFM was kept: its month-end segments, B the end of the data only. */
    static com.shopperspectrum.core.model.SpectrumModel older() {
        var model = TrendsModels.trends();
        CohortModel p = model.cohorts();
        return model.toBuilder()
                .cohorts(new CohortModel(p.triangle(), p.migration(), p.history(), p.months()))
                .build();
    }

    @Test
    void withoutTheMonthEndRfmTheMigrationToTheEndCanStartAtAnyMonthEnd() {
        var olderModel = older();
        Javalin olderApp = WebApp.create(new ModelService(olderModel)).start("127.0.0.1", 0);
        try {
            monthsOnly(olderModel, new Http("http://127.0.0.1:" + olderApp.port()));
        } finally {
            olderApp.stop();
        }
    }

    private void monthsOnly(com.shopperspectrum.core.model.SpectrumModel olderModel, Http http) {
        var answers = new CohortAnswers(olderModel);
        var months = part.months();
        int last = months.points().size() - 1;
        String to = part.migration().options().to().toString();
        String form = http.get("/trends").body();
        int lists = 0;
        for (int p = 0; p < last; p++) {
            String day = months.points().get(p).toString();
            assertThat(form).contains("<option value=\"" + day + "\">from " + day + " (after the month end ");
            Http.Answer page = http.get("/trends?from=" + day);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            int[] rows = new int[part.migration().model().k() + 1];
            for (int row = 0; row < months.size(); row++) {
                int c = months.cluster(p, row);
                rows[c < 0 ? rows.length - 1 : c]++;
            }
            String table = section(page.body(), "<table class=\"num\" id=\"migration\">", "</table>");
            for (int r = 0; r < rows.length; r++) {
                assertThat(table)
                        .as("%s row %d", day, r)
                        .containsPattern("<td>" + String.format("%,d", rows[r]) + "</td></tr>");
            }
            assertThat(page.body())
                    .contains("From " + day + " (A) to " + to + " (B): ")
                    .contains("<option value=\"" + day + "\" selected>")
                    .doesNotContain("href=\"/api/migration.csv")
                    .contains("href=\"/api/migration/months.csv?from=" + day + "\" download>")
                    .contains("RFM values for the 90 days only");
            lists += moverLists(http, page.body(), "/api/migration/months\\.csv\\?");
            List<String> all = http.get("/api/migration/months.csv?from=" + day)
                    .body()
                    .lines()
                    .toList();
            assertThat(all.get(0)).isEqualTo(com.shopperspectrum.io.view.MonthMovesCsv.HEADER);
            assertThat(all).hasSize(1 + months.size());
            assertThat(http.get("/trends?matrix=rfm&show=shares&from=" + day).status())
                    .isEqualTo(200);
        }
        assertThat(lists).as("movers' lists from month ends").isPositive();
        // each month end's matrix is the migration from that day to B, computed from the transactions
        var clean = TrendsModels.clean();
        for (int p = 0; p < last; p++) {
            var options = new com.shopperspectrum.core.cohort.MigrationOptions(
                    months.points().get(p), part.migration().options().to(), TrendsModels.SEGMENTS);
            var direct = new com.shopperspectrum.core.cohort.MigrationAnalysis().run(clean, options);
            String day = months.points().get(p).toString();
            assertThat(TrendsPage.choice(answers, "segments", day, null).matrix())
                    .as(day)
                    .isEqualTo(direct.segments());
            assertThat(TrendsPage.choice(answers, "rfm", day, null).matrix())
                    .as(day)
                    .isEqualTo(direct.rfmSegments());
        }
        Http.Answer bad = http.get("/trends?from=2011-02-15");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body())
                .contains("from &#39;2011-02-15&#39;")
                .contains(months.points().get(0).toString());
        assertThat(http.get("/trends?from=" + to).status())
                .as("B itself is no A")
                .isEqualTo(400);
        Http.Answer otherB = http.get("/trends?to=" + months.points().get(1));
        assertThat(otherB.status()).isEqualTo(400);
        assertThat(otherB.body()).contains("trained before the month-end RFM was kept");
        ApiTest.assertError(
                http.get("/api/migration?to=" + months.points().get(1)), 400, "trained before the month-end RFM");
    }

    @Test
    void theSegmentsMonthByMonthHaveTheirChartTableAndCsv() {
        String html = http.get("/trends").body();
        List<SegmentMonth> months = part.history().months();
        String table = section(html, "<table class=\"num\" id=\"history\">", "</table>");
        assertThat(count(table, "<tr><th>20")).isEqualTo(months.size());
        SegmentMonth last = months.get(months.size() - 1);
        assertThat(table).contains("<tr><th>" + last.monthEnd() + "</th><td>" + last.customers()[0] + "</td>");
        assertThat(html).contains("data-chart=\"segmentHistory\"").contains("On " + last.monthEnd() + ": ");

        Http.Answer csv = http.get("/api/segments/history.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).isEqualTo(new SegmentHistoryCsv(part.history()).text());
        List<String> lines = csv.body().lines().toList();
        assertThat(lines.get(0)).isEqualTo(SegmentHistoryCsv.HEADER);
        assertThat(lines).hasSize(1 + months.size() * (part.history().names().size() + 1));
        int won = lines.stream()
                .skip(1)
                .map(l -> l.split(",", -1))
                .filter(c -> c[1].equals(SegmentHistoryCsv.NEW_ROW))
                .mapToInt(c -> Integer.parseInt(c[2]))
                .sum();
        assertThat(won).as("every customer is won in exactly one month").isEqualTo(14);
    }

    @Test
    void aCustomerPageSaysWhereTheCustomerWasAndIsNow() {
        String from = part.migration().options().from().toString();
        String to = part.migration().options().to().toString();
        for (CustomerMove move : part.migration().moves()) {
            String html = http.get("/customers/" + move.customerId()).body();
            String expected;
            if (!move.wasCustomer()) {
                expected = "Not yet a customer on " + from + "; now " + move.segmentTo() + " (as of " + to + ")";
            } else if (move.segmentFrom().equals(move.segmentTo())) {
                expected = move.segmentFrom() + " on " + from + " and still " + move.segmentTo() + " on " + to;
            } else {
                expected = "Was " + move.segmentFrom() + " on " + from + ", now " + move.segmentTo() + " (as of " + to
                        + ")";
            }
            int row = part.migration().moves().indexOf(move);
            java.time.LocalDate since = part.months().since(row);
            expected += since.equals(part.migration().options().to())
                    ? ", not yet " + move.segmentTo() + " at the last month end"
                    : ", " + move.segmentTo() + " at every month end since " + since.minusDays(1);
            assertThat(html).as(move.customerId()).contains("<p id=\"migration\">" + expected + "; RFM segment ");
        }
    }

    @Test
    void aModelWithoutThePartSaysSoOnTheTrendsPageAndNothingOnTheCustomerPage() {
        Javalin small = WebApp.create(new ModelService(TestModels.small())).start("127.0.0.1", 0);
        try {
            Http h = new Http("http://127.0.0.1:" + small.port());
            Http.Answer page = h.get("/trends");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body())
                    .contains("<p class=\"empty\">Not available: this model has no cohort part")
                    .doesNotContain("data-chart=");
            assertThat(h.get("/customers/12347").body()).doesNotContain("id=\"migration\"");
            ApiTest.assertError(h.get("/api/segments/history.csv"), 404, "no cohort part");
            ApiTest.assertError(h.get("/api/cohorts.csv"), 404, "no cohort part");
        } finally {
            small.stop();
        }
    }

    private static String section(String html, String start, String end) {
        int i = html.indexOf(start);
        assertThat(i).as("%s in the page", start).isNotNegative();
        return html.substring(i, html.indexOf(end, i));
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }

    /**
     * Downloads each movers list the page links to (links whose path matches {@code pathRegex}) and checks that
     * it has as many customers as its link says; returns how many lists there were.
     */
    private static int moverLists(Http http, String html, String pathRegex) {
        Matcher movers = Pattern.compile("<li><a href=\"(" + pathRegex + "[^\"]+)\" download>[^<]+ \\((\\d+)"
                        + " customers?\\)</a></li>")
                .matcher(html);
        int lists = 0;
        while (movers.find()) {
            lists++;
            Http.Answer csv = http.get(movers.group(1).replace("&amp;", "&"));
            assertThat(csv.body().lines().skip(1).count())
                    .as(movers.group(1))
                    .isEqualTo(Long.parseLong(movers.group(2)));
        }
        return lists;
    }
}
