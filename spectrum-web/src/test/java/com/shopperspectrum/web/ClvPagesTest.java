package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.clv.ClvResult;
import com.shopperspectrum.core.clv.CustomerValue;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.view.ClvView;
import com.shopperspectrum.io.view.Money;
import java.util.Comparator;
import org.junit.jupiter.api.Test;

/**
 * The Customer value page, the customer page's values and the report's section, on a model whose CLV part can be
 * trusted, one whose part cannot, and one without the part.
 */
class ClvPagesTest {
    @Test
    void thePageShowsTheFitTheChartsAndTheCustomersWorthARetentionEffort() {
        SpectrumModel model = ClvApiTest.model();
        ClvResult clv = model.clv();
        CustomerValue top = clv.customers().stream()
                .max(Comparator.comparingDouble(ClvPage::risk))
                .orElseThrow();
        ClvApiTest.serve(model, http -> {
            Http.Answer page = http.get("/clv");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body())
                    .contains(">Customer value</a>")
                    .contains("<table id=\"clv-fits\">", "BG/NBD", "Gamma-Gamma", "<strong>Trustworthy:</strong>")
                    .contains("data-chart=\"clvTracking\"", "data-chart=\"clvAlive\"", "data-chart=\"clvValue\"")
                    .contains("\"clvTracking\":{\"title\":\"Cumulative repeat transactions: actual and expected\"")
                    .contains("<table class=\"num\" id=\"clv-customers\">")
                    .contains("href=\"/api/clv/customers.csv\"");
            // the first row of the list is the customer with the most value at risk, linked to their page
            String body = page.body();
            int list = body.indexOf("id=\"clv-customers\"");
            int firstRow = body.indexOf("<a href=\"/customers/", list);
            assertThat(body.substring(firstRow)).startsWith("<a href=\"/customers/" + top.customerId() + "\">");

            // sorted by P(alive), ascending: the first row has the lowest
            Http.Answer byAlive = http.get("/clv?sort=p_alive");
            double lowest = clv.customers().stream()
                    .mapToDouble(CustomerValue::pAlive)
                    .min()
                    .orElseThrow();
            String rows = byAlive.body()
                    .substring(byAlive.body().indexOf("<tbody>", byAlive.body().indexOf("clv-customers")));
            assertThat(rows).contains("<td>" + Format.decimal(lowest, 3) + "</td>");
            assertThat(rows.indexOf(Format.decimal(lowest, 3))).isLessThan(rows.indexOf("</tr>"));

            // the segment profiles: mean P(alive) and the segments' CLVs add up to the total
            Http.Answer segments = http.get("/segments");
            assertThat(segments.body()).contains("<th>Mean P(alive)</th><th>CLV (52 weeks)</th>");
            java.util.Map<String, Double> byId = new java.util.HashMap<>();
            clv.customers().forEach(v -> byId.put(v.customerId(), v.clv()));
            double first = 0;
            for (int row = 0; row < model.customers().size(); row++) {
                if (model.segmentation().customers().cluster(row) == 0) {
                    first += byId.getOrDefault(model.customers().id(row), 0.0);
                }
            }
            assertThat(first).isPositive();
            assertThat(segments.body()).contains("<td>" + Format.money(Money.of(model.metadata()), first) + "</td>");

            Http.Answer csv = http.get("/api/clv/customers.csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            assertThat(csv.body()).isEqualTo(new ClvView(clv).csv());

            Http.Answer customer = http.get("/customers/" + top.customerId());
            assertThat(customer.body())
                    .contains("P(alive)")
                    .contains(Format.decimal(top.pAlive(), 3))
                    .contains(Format.money(Money.of(model.metadata()), top.clv()));
        });
        String report = new ReportWriter(new ModelService(model)).html();
        assertThat(report)
                .contains("<h2 class=\"section\">Customer value</h2>")
                .contains("data-chart=\"clvTracking\"")
                .doesNotContain("href=\"/clv?sort=");
    }

    @Test
    void aPartThatIsNotTrustworthySaysWhyAndWhatToTryAndShowsNoValues() {
        SpectrumModel small = TestModels.small();
        ClvResult weak = ClvAnalysisFixtures.weak();
        ClvApiTest.serve(small.toBuilder().clv(weak).build(), http -> {
            Http.Answer page = http.get("/clv");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body())
                    .contains("<strong>Not trustworthy:</strong>")
                    .contains("need at least 10")
                    .contains("--penalty 0.01")
                    .doesNotContain("data-chart=\"clvTracking\"")
                    .doesNotContain("id=\"clv-customers\"");
            assertThat(http.get("/customers/12347").body()).contains("unavailable (see Customer value)");
            assertThat(http.get("/segments").body()).doesNotContain("Mean P(alive)");
        });
    }

    @Test
    void aModelWithoutThePartSaysToTrainAgain() {
        ClvApiTest.serve(TestModels.small(), http -> {
            Http.Answer page = http.get("/clv");
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("<p class=\"empty\" id=\"clv-absent\">", "train it again");
            assertThat(http.get("/customers/12347").body()).doesNotContain("P(alive)");
        });
        assertThat(new ReportWriter(new ModelService(TestModels.small())).html())
                .doesNotContain("Customer value</h2>");
    }

    /** Fixtures shared by the page and API tests. */
    static final class ClvAnalysisFixtures {
        static ClvResult weak() {
            return com.shopperspectrum.core.clv.ClvAnalysis.run(
                    new com.shopperspectrum.core.clean.Cleaner(com.shopperspectrum.core.clean.CleaningOptions.ORIGINAL)
                            .clean(com.shopperspectrum.core.data.TransactionTable.builder()
                                    .add(
                                            "1",
                                            "A",
                                            "A",
                                            1,
                                            java.time.LocalDateTime.of(2011, 1, 1, 9, 0),
                                            1,
                                            "12347",
                                            "UK")
                                    .add(
                                            "2",
                                            "A",
                                            "A",
                                            1,
                                            java.time.LocalDateTime.of(2011, 2, 1, 9, 0),
                                            1,
                                            "12347",
                                            "UK")
                                    .build()),
                    com.shopperspectrum.core.clv.ClvOptions.DEFAULT);
        }

        private ClvAnalysisFixtures() {}
    }
}
