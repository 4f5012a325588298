package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.clean.CleaningOptions;
import org.junit.jupiter.api.Test;

/** The overview's cleaning report (C9999 reverses customer 12347's one unit of 85123A at 1.25) says how cancellations were treated and what the netted purchases carried. */
class CleaningReportPageTest {
    private static String overview(CleaningOptions cleaning) {
        io.javalin.Javalin app =
                WebApp.create(new ModelService(TestModels.small(cleaning))).start("127.0.0.1", 0);
        try {
            Http.Answer page = new Http("http://127.0.0.1:" + app.port()).get("/");
            assertThat(page.status()).isEqualTo(200);
            return page.body();
        } finally {
            app.stop();
        }
    }

    @Test
    void theDefaultShowsTheReversedRowsAndTheirRevenue() {
        String html = overview(CleaningOptions.DEFAULT);
        assertThat(html)
                .contains("purchases reversed by a later cancellation</td><td>1</td>")
                .contains("<tr id=\"reversed-revenue\"><td>revenue of the reversed purchases</td><td>1.25</td>")
                .contains("<code>--cleaning net</code>, the default");
    }

    @Test
    void theOriginalMethodSaysSo() {
        String html = overview(CleaningOptions.ORIGINAL);
        assertThat(html)
                .doesNotContain("purchases reversed by a later cancellation")
                .doesNotContain("reversed-revenue");
        assertThat(html).contains("<code>--cleaning original</code>");
    }
}
