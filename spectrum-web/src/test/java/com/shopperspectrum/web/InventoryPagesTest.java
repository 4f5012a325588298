package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The Inventory page and the product page's demand section, on the small model (which has the demand part). */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InventoryPagesTest {

    @RegisterExtension
    static final RunningApp APP = RunningApp.of(TestModels::small);

    @Test
    void theMatrixCountsEveryProductOnceAndTheTableFiltersAndSorts() {
        Http.Answer page = APP.http().get("/inventory");
        assertThat(page.status()).isEqualTo(200);
        int total = APP.http().get("/api/inventory").json().get("productsTotal").asInt();
        int inMatrix = 0;
        var cell = java.util.regex.Pattern.compile("<a href=\"/inventory\\?abc=[ABC]\">(\\d+)</a>")
                .matcher(page.body());
        while (cell.find()) {
            inMatrix += Integer.parseInt(cell.group(1));
        }
        assertThat(inMatrix).isEqualTo(total);
        assertThat(page.body()).contains("<p id=\"shown\">" + total + " of " + total + " products</p>");
        assertThat(page.body()).contains("href=\"/api/inventory.csv\"").contains(">Inventory</a>");

        Http.Answer lunch = APP.http().get("/inventory?q=lunch%20bag&sort=code");
        assertThat(lunch.body()).contains("<p id=\"shown\">2 of 2 products</p>");
        assertThat(lunch.body().indexOf("/products/20725"))
                .isLessThan(lunch.body().indexOf("/products/22382"));
        assertThat(APP.http().get("/inventory?sort=price").status()).isEqualTo(400);
        assertThat(APP.http().get("/inventory?abc=D").status()).isEqualTo(400);
    }

    @Test
    void aProductPageShowsItsClassesReorderPointDemandChartAndPriceResponse() {
        Http.Answer page = APP.http().get("/products/85123A");
        assertThat(page.status()).isEqualTo(200);
        String entry = APP.http()
                .get("/api/products/85123A/demand")
                .json()
                .at("/inventory/abc")
                .asText();
        assertThat(page.body())
                .contains("<h2>Demand and stock</h2>")
                .containsPattern("<p id=\"demand-tags\"><span class=\"tag\">" + entry + "[XYZ]</span>")
                .contains("Reorder point")
                .contains("data-chart=\"demand\"")
                .contains("\"demand\":{\"title\":\"Units per week and the forecast\"")
                .contains("<p id=\"price-response\">Price response: none, ");
        // POST has no demand series (a non-product): no section, no chart
        Http.Answer post = APP.http().get("/products/POST");
        assertThat(post.status()).isEqualTo(200);
        assertThat(post.body()).doesNotContain("Demand and stock").doesNotContain("data-chart=\"demand\"");
    }

    @Test
    void aProductPageListsWhatIsBoughtTogetherInWords() {
        String html = APP.http().get("/products/20725").body();
        var together =
                APP.http().get("/api/products/20725/bought-together").json().get("products");
        assertThat(html).contains("<h2>Frequently bought together</h2>");
        assertThat(together.size()).isPositive();
        for (var p : together) {
            assertThat(html).contains("<td>" + p.get("text").asText() + "</td>");
        }
        // the one with the XSS description (X<1>) is escaped like every product name
        assertThat(html).doesNotContain("<script>alert(");
    }
}
