package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

/** The report's Trends section: the page's own body (same tables, same words), without links into the app. */
class TrendsReportTest {
    @Test
    void theReportCarriesThePagesTrendsWithoutLinks() {
        ModelService service = new ModelService(TrendsModels.trends());
        String report = new ReportWriter(service).html();
        assertThat(report)
                .contains("<h2 class=\"section\">Trends</h2>")
                .contains("\"retention\":{\"kind\":\"heatmap\"")
                .contains("\"migrationFlow\":{\"kind\":\"sankey\"")
                .contains("\"segmentHistory\":{")
                .doesNotContain("href=\"/api/")
                .doesNotContain("id=\"movers\"");
        Javalin app = WebApp.create(service).start("127.0.0.1", 0);
        try {
            String page =
                    new Http("http://127.0.0.1:" + app.port()).get("/trends").body();
            for (String id : new String[] {"triangle", "migration", "history", "moves"}) {
                assertThat(block(report, id)).as(id).isEqualTo(block(page, id));
            }
        } finally {
            app.stop();
        }
        String small = new ReportWriter(new ModelService(TestModels.small())).html();
        assertThat(small).doesNotContain("Trends</h2>").doesNotContain("\"retention\"");
    }

    /** The element with {@code id}, up to its table's or list's end. */
    private static String block(String html, String id) {
        int i = html.indexOf("id=\"" + id + "\"");
        assertThat(i).as(id).isNotNegative();
        int end = html.indexOf(id.equals("moves") ? "</ul>" : "</table>", i);
        return html.substring(i, end);
    }
}
