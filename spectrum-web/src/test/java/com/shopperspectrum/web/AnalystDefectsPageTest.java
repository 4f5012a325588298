package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.recommend.PurchaseHistory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18, defects 5, 6 and 10: the segments page says why there is no k-selection chart and how to get one;
 * a customer's whole purchase history is shown, paged; the product search forgives typos as the CLI does, an
 * exact stock code opens the product, and a customer id written as {@code 12347.0} finds 12347.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AnalystDefectsPageTest {
    private static final Pattern HISTORY_ROW = Pattern.compile("<tr><td>");

    @RegisterExtension
    static final RunningApp APP = RunningApp.of(TestModels::small);

    @Test
    void withKGivenTheSegmentsPageSaysWhyThereIsNoKSelectionChartAndHowToGetIt() {
        assertThat(APP.model().segmentation().model().kSelection())
                .as("the small model's k is given")
                .isNull();
        String html = APP.http().get("/segments").body();
        assertThat(html)
                .doesNotContain("data-chart=\"kSelection\"")
                .contains("id=\"k-missing\">No k-selection chart: this model was trained with k = 2 given")
                .contains("Train with spectrum train --k auto");
    }

    private int historyRows(String html) {
        int start = html.indexOf("id=\"history-table\"");
        String table = html.substring(start, html.indexOf("</table>", start));
        Matcher m = HISTORY_ROW.matcher(table);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void theWholeHistoryIsShownInPages() {
        String id = "12352";
        PurchaseHistory h = APP.model().histories();
        int products = h.size(APP.model().customers().indexOf(id));
        assertThat(products).isGreaterThan(2);
        String all = APP.http().get("/customers/" + id).body();
        assertThat(historyRows(all)).isEqualTo(products);
        assertThat(all).contains("All " + products + " products, most units first.");
        String first = APP.http().get("/customers/" + id + "?hsize=2").body();
        assertThat(historyRows(first)).isEqualTo(2);
        assertThat(first)
                .contains("Products 1–2 of " + products)
                .contains("href=\"/customers/12352?hsize=2&amp;hpage=2#history\" rel=\"next\"")
                .doesNotContain("rel=\"prev\"");
        String last = APP.http()
                .get("/customers/" + id + "?hsize=2&hpage=" + ((products + 1) / 2))
                .body();
        assertThat(historyRows(last)).isEqualTo(products % 2 == 0 ? 2 : 1);
        assertThat(last).contains("rel=\"prev\"").doesNotContain("rel=\"next\"");
        assertThat(APP.http().get("/customers/" + id + "?hpage=abc").status()).isEqualTo(400);
    }

    @Test
    void aSearchWithTyposOffersTheClosestProducts() {
        String html = APP.http().get("/products?q=lunch%20bagg%20spaceboi").body();
        assertThat(html).contains("id=\"closest\"").contains("LUNCH BAG SPACEBOY DESIGN");
        assertThat(APP.http().get("/api/products?q=lunch%20bagg%20spaceboi").body())
                .contains("LUNCH BAG SPACEBOY DESIGN");
    }

    private static HttpResponse<String> noRedirect(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anExactStockCodeOpensTheProductAndANumberFormCustomerIdFindsTheCustomer() throws Exception {
        String origin = "http://127.0.0.1:" + APP.port();
        HttpResponse<String> code = noRedirect(origin + "/products?q=22382");
        assertThat(code.statusCode()).isEqualTo(302);
        assertThat(code.headers().firstValue("Location")).hasValue("/products/22382");
        HttpResponse<String> lower = noRedirect(origin + "/products?q=85123a");
        assertThat(lower.headers().firstValue("Location")).hasValue("/products/85123A");
        HttpResponse<String> lookup = noRedirect(origin + "/customers/lookup?id=12347.0");
        assertThat(lookup.headers().firstValue("Location")).hasValue("/customers/12347");
        HttpResponse<String> page = noRedirect(origin + "/customers/12347.0");
        assertThat(page.headers().firstValue("Location")).hasValue("/customers/12347");
        assertThat(APP.http().get("/customers/12347").body()).contains("<h1>Customer 12347</h1>");
        assertThat(APP.http().get("/customers/99999.0").status()).isEqualTo(404);
        assertThat(APP.http().get("/products?q=lunch").status()).isEqualTo(200);
    }
}
