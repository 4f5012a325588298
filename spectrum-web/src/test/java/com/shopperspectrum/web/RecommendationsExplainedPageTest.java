package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.Recommendation;
import com.shopperspectrum.core.recommend.Recommendations;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.recommend.Weighting;
import com.shopperspectrum.core.segment.SegmentOptions;
import io.javalin.Javalin;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Issue 18: a customer's recommendations say which of their products led to each and how many customers bought
 * the two together (counted here by brute force over the histories), five at first and the rest behind "show more".
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RecommendationsExplainedPageTest {
    private SpectrumModel model;
    private ModelService service;
    private Javalin app;
    private Http http;

    /** 40 customers who each bought 3–4 of 14 products: enough candidates for more than five suggestions. */
    static SpectrumModel manyProducts() {
        TransactionTable.Builder b = TransactionTable.builder();
        LocalDateTime d = LocalDateTime.of(2011, 6, 1, 10, 0);
        java.util.Random random = new java.util.Random(3);
        int invoice = 0;
        for (int c = 0; c < 40; c++) {
            int visits = 1 + random.nextInt(3);
            for (int v = 0; v < visits; v++) {
                invoice++;
                for (int k = 0; k < 2; k++) {
                    int p = (c + 3 * v + 5 * k + random.nextInt(3)) % 14;
                    b.add(
                            "I" + invoice,
                            "P" + (100 + p),
                            "THING " + p,
                            1 + random.nextInt(4),
                            d.plusDays(3L * c + 20L * v),
                            2.5,
                            "c" + c,
                            "United Kingdom");
                }
            }
        }
        ModelMetadata meta = new ModelMetadata(
                ModelMetadata.FORMAT_VERSION,
                "test",
                "2026-01-01T00:00:00Z",
                new ModelMetadata.InputFile("many.csv", 1, "ab".repeat(32)),
                Map.of(),
                Map.of(),
                Map.of(),
                List.of());
        return new ModelTrainer(
                        NonProductCodes.DEFAULT,
                        new ModelOptions(
                                SegmentOptions.DEFAULT.withK(2).withRestarts(3),
                                null,
                                MatrixOptions.of(Scope.CUSTOMER, Weighting.BM25),
                                new SimilarityOptions(10, false),
                                0,
                                RecommenderDefaults.easeOptions(false)))
                .train(new Cleaner(CleaningOptions.ORIGINAL).clean(b.build()), meta);
    }

    @BeforeAll
    void start() {
        model = manyProducts();
        service = new ModelService(model);
        app = WebApp.create(service).start("127.0.0.1", 0);
        http = new Http("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    private int together(String a, String b) {
        PurchaseHistory h = model.histories();
        int ra = model.products().indexOf(a);
        int rb = model.products().indexOf(b);
        int n = 0;
        for (int c = 0; c < h.customers(); c++) {
            n += h.bought(c, ra) && h.bought(c, rb) ? 1 : 0;
        }
        return n;
    }

    private static String table(String html, String id) {
        int start = html.indexOf("id=\"" + id + "\"");
        assertThat(start).as(id).isPositive();
        return html.substring(start, html.indexOf("</table>", start));
    }

    @Test
    void eachRecommendationNamesTheProductsBehindItAndHowManyCustomersBoughtBoth() {
        int explained = 0;
        for (int row = 0; row < model.customers().size(); row++) {
            String id = model.customers().id(row);
            Recommendations r = service.recommendations(id, 10);
            if (r.fallback() || r.items().isEmpty()) {
                continue;
            }
            String html = http.get("/customers/" + id).body();
            String rows =
                    table(html, "recommendations") + (r.items().size() > 5 ? table(html, "recommendations-more") : "");
            for (Recommendation item : r.items()) {
                int at = rows.indexOf("/products/" + item.stockCode() + "\"");
                assertThat(at).as(id + " " + item.stockCode()).isPositive();
                int open = rows.indexOf("<td class=\"because\">", at);
                List<String> reasons = List.of(
                        rows.substring(open, rows.indexOf("</td>", open)).split("<br>"));
                assertThat(reasons)
                        .as(id + " " + item.stockCode())
                        .hasSize(item.because().size());
                for (int k = 0; k < item.because().size(); k++) {
                    String because = item.because().get(k);
                    int n = together(because, item.stockCode());
                    String words = n == 0
                            ? "no customer bought both yet"
                            : "bought together by " + n + (n == 1 ? " customer" : " customers");
                    assertThat(reasons.get(k))
                            .as(id + ": " + item.stockCode() + " because of " + because)
                            .contains("href=\"/products/" + Format.url(because) + "\"")
                            .endsWith("<span class=\"together\">(" + words + ")</span>");
                    explained++;
                }
            }
        }
        assertThat(explained).as("recommendations with a reason").isGreaterThan(3);
    }

    @Test
    void aProductsSimilarProductsSayHowManyCustomersBoughtBoth() {
        int checked = 0;
        for (int row = 0; row < model.products().size(); row++) {
            String code = model.products().code(row);
            String html = http.get("/products/" + Format.url(code)).body();
            int start = html.indexOf("<table class=\"products similar\">");
            if (start < 0) {
                continue;
            }
            String table = html.substring(start, html.indexOf("</table>", start));
            assertThat(table).contains("<th class=\"n\">Bought by both</th><th class=\"n\">Similarity</th>");
            for (var similar : service.similarProducts(code, 5)) {
                int n = together(code, similar.stockCode());
                assertThat(table)
                        .as(code + " and " + similar.stockCode())
                        .containsPattern("/products/" + Pattern.quote(Format.url(similar.stockCode()))
                                + "\".*?</td><td class=\"n\">" + n + (n == 1 ? " customer<" : " customers<"));
                checked++;
            }
        }
        assertThat(checked).as("similar products checked").isGreaterThan(10);
    }

    @Test
    void fiveAtFirstAndTheRestBehindShowMore() {
        int shown = 0;
        for (int row = 0; row < model.customers().size(); row++) {
            String id = model.customers().id(row);
            int n = service.recommendations(id, 10).items().size();
            String html = http.get("/customers/" + id).body();
            if (n == 0) {
                continue;
            }
            assertThat(rows(table(html, "recommendations"))).as(id).isEqualTo(Math.min(5, n));
            if (n > 5) {
                assertThat(html).contains("<details id=\"more-recommendations\"><summary>Show " + (n - 5) + " more");
                assertThat(rows(table(html, "recommendations-more"))).as(id).isEqualTo(n - 5);
                shown++;
            } else {
                assertThat(html).doesNotContain("more-recommendations");
            }
        }
        assertThat(shown).as("customers with more than 5 recommendations").isPositive();
    }

    private static int rows(String table) {
        Matcher m = Pattern.compile("<tr><td>").matcher(table);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }
}
