package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18: the products, segments and evaluation tables are sortable and downloadable as CSV with the page's
 * rows; ECharts is loaded only by pages that draw a chart.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TableDownloadsPageTest {

    @RegisterExtension
    static final RunningApp APP = RunningApp.of(TestModels::small);

    private static List<String> firstColumn(String csv) {
        return Arrays.stream(csv.split("\n")).skip(1).map(l -> l.split(",")[0]).toList();
    }

    @Test
    void theProductSearchDownloadsTheRowsItShows() {
        String page = APP.http().get("/products?q=lunch").body();
        assertThat(page)
                .contains("href=\"/products.csv?q=lunch\" id=\"products-csv\" download")
                .contains("class=\"products sortable\"");
        Http.Answer csv = APP.http().get("/products.csv?q=lunch");
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("stock_code,description,rank,customers,units,revenue\n");
        assertThat(firstColumn(csv.body())).containsExactlyInAnyOrder("20725", "22382");
        for (String code : firstColumn(csv.body())) {
            assertThat(page).contains("href=\"/products/" + code + "\"");
        }
        assertThat(firstColumn(APP.http().get("/products.csv").body()))
                .hasSize(APP.model().products().size());
    }

    @Test
    void theSegmentProfilesAndTheEvaluationDownloadTheirTables() {
        String segments = APP.http().get("/segments.csv").body();
        assertThat(segments).startsWith("segment,customers,customer_share,revenue,");
        assertThat(firstColumn(segments))
                .isEqualTo(APP.model().segmentation().model().names());
        assertThat(APP.http().get("/segments").body()).contains("href=\"/segments.csv\" id=\"segments-csv\" download");
        String evaluation = APP.http().get("/evaluation.csv").body();
        assertThat(evaluation).startsWith("model,in_words,candidates,customers,hr,");
        assertThat(firstColumn(evaluation))
                .isEqualTo(APP.model().evaluation().results().stream()
                        .map(r -> r.model())
                        .toList());
        assertThat(APP.http().get("/evaluation").body())
                .contains("id=\"evaluation-csv\"")
                .contains("table class=\"num sortable\"");
    }

    @Test
    void echartsIsLoadedOnlyWhereAChartIsDrawn() {
        for (String path : List.of("/products", "/customers", "/customers/list", "/customers/12347", "/api-docs")) {
            assertThat(APP.http().get(path).body())
                    .as(path)
                    .doesNotContain("echarts")
                    .contains("/static/app.js");
        }
        for (String path : List.of("/", "/segments", "/evaluation")) {
            assertThat(APP.http().get(path).body()).as(path).contains(Frame.ECHARTS);
        }
    }
}
