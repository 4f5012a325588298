package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.io.view.SegmentCustomersCsv;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The JSON API over real HTTP on a free port: every endpoint and every error class. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiTest {

    @RegisterExtension
    static final RunningApp APP = RunningApp.of(TestModels::small);

    static void assertError(Http.Answer a, int status, String detailPart) {
        assertThat(a.status()).as(a.body()).isEqualTo(status);
        assertThat(a.header("Content-Type")).startsWith("application/json");
        JsonNode j = a.json();
        assertThat(j.get("status").asInt()).isEqualTo(status);
        assertThat(j.get("error").asText()).isNotBlank();
        assertThat(j.get("detail").asText()).contains(detailPart);
        assertThat(a.body()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void healthNamesTheModelAndCarriesTheSecurityHeaders() {
        Http.Answer a = APP.http().get("/api/health");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().get("status").asText()).isEqualTo("ok");
        assertThat(a.json().at("/input/name").asText()).isEqualTo("small.csv");
        assertThat(a.json().get("customers").asInt()).isEqualTo(6);
        assertThat(a.header("Content-Security-Policy"))
                .contains("script-src 'self'")
                .doesNotContain("unsafe-eval");
        assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
    }

    @Test
    void profileIsTheDataProfile() {
        JsonNode j = APP.http().get("/api/profile").json();
        assertThat(j.at("/rows/cancelled").asLong()).isEqualTo(1);
        assertThat(j.get("customers").asInt()).isEqualTo(6);
        assertThat(j.get("monthly").isArray()).isTrue();
    }

    @Test
    void demandIsTheProductsSeriesForecastAndInventoryEntry() {
        JsonNode d = APP.http().get("/api/products/85123A/demand").json();
        assertThat(d.get("stockCode").asText()).isEqualTo("85123A");
        assertThat(d.get("period").asText()).isEqualTo("week");
        int weeks = d.get("units").size();
        assertThat(weeks).isPositive();
        assertThat(d.get("starts").size()).isEqualTo(weeks);
        assertThat(d.get("forecast").size())
                .isEqualTo(d.get("forecastStarts").size())
                .isPositive();
        double units = 0;
        for (JsonNode u : d.get("units")) {
            units += u.asDouble();
        }
        // every line of the small model has a customer: the demand's units are the catalogue's
        assertThat(units)
                .isEqualTo(APP.http()
                        .get("/api/products/85123A")
                        .json()
                        .get("quantity")
                        .asDouble());
        JsonNode inventory = APP.http().get("/api/inventory").json();
        JsonNode entry = null;
        for (JsonNode p : inventory.get("products")) {
            if (p.get("stockCode").asText().equals("85123A")) {
                entry = p;
            }
        }
        assertThat(entry).isNotNull();
        assertThat(d.get("inventory")).isEqualTo(entry);
        assertThat(inventory.get("productsTotal").asInt())
                .isEqualTo(inventory.get("products").size());
        // a band exactly where there is a backtest, and it encloses the forecast
        int banded = 0;
        for (JsonNode p : inventory.get("products")) {
            JsonNode demand = APP.http()
                    .get("/api/products/"
                            + java.net.URLEncoder.encode(
                                    p.get("stockCode").asText(), java.nio.charset.StandardCharsets.UTF_8)
                            + "/demand")
                    .json();
            boolean backtested = p.at("/backtest/origins").asInt() > 0;
            assertThat(demand.get("band").isNull()).isEqualTo(!backtested);
            if (backtested) {
                banded++;
                for (int h = 0; h < demand.get("forecast").size(); h++) {
                    assertThat(demand.at("/band/low/" + h).asDouble())
                            .isLessThanOrEqualTo(demand.at("/forecast/" + h).asDouble());
                    assertThat(demand.at("/band/high/" + h).asDouble())
                            .isGreaterThanOrEqualTo(demand.at("/forecast/" + h).asDouble());
                }
            }
        }
        assertThat(banded).as("products of the small model with a backtest").isPositive();
        assertThat(APP.http()
                        .get("/api/inventory?limit=1")
                        .json()
                        .get("products")
                        .size())
                .isEqualTo(1);
        assertThat(APP.http().get("/api/inventory?limit=0").status()).isEqualTo(400);
        Http.Answer missing = APP.http().get("/api/products/POST/demand");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("detail").asText()).contains("no demand series for product 'POST'");
        Http.Answer csv = APP.http().get("/api/inventory.csv");
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("stock_code,description,abc,xyz,demand_class,");
        assertThat(csv.body().lines().count())
                .isEqualTo(1 + inventory.get("productsTotal").asLong());
    }

    @Test
    void boughtTogetherAndBasketCompletionAnswerFromThePairRules() {
        JsonNode together =
                APP.http().get("/api/products/20725/bought-together?n=10").json();
        assertThat(together.get("items")).hasSize(1);
        assertThat(together.get("baskets").asInt()).isPositive();
        JsonNode products = together.get("products");
        assertThat(products.size()).isPositive();
        double previous = Double.MAX_VALUE;
        for (JsonNode p : products) {
            JsonNode rule = p.get("rule");
            assertThat(rule.at("/antecedent/0").asText()).isEqualTo("20725");
            assertThat(rule.at("/consequent/0").asText())
                    .isEqualTo(p.get("stockCode").asText());
            assertThat(rule.get("lift").asDouble()).isGreaterThanOrEqualTo(1).isLessThanOrEqualTo(previous);
            previous = rule.get("lift").asDouble();
            assertThat(p.get("text").asText())
                    .startsWith("bought together in " + rule.get("basketsBoth").asInt() + " of "
                            + rule.get("basketsAntecedent").asInt() + " orders with 20725; ");
        }
        // a basket of one product is completed by that product's rules
        Http.Answer complete =
                APP.http().send("POST", "/api/baskets/complete?n=10", "application/json", "{\"items\": [\"20725\"]}");
        assertThat(complete.status()).as(complete.body()).isEqualTo(200);
        assertThat(complete.json().get("products")).isEqualTo(products);
        // nothing already in the basket is suggested
        String first = products.get(0).get("stockCode").asText();
        JsonNode both = APP.http()
                .send(
                        "POST",
                        "/api/baskets/complete",
                        "application/json",
                        "{\"items\": [\"20725\", \"" + first + "\"]}")
                .json();
        assertThat(both.get("products").findValuesAsText("stockCode")).doesNotContain("20725", first);

        assertThat(APP.http().get("/api/products/NOPE/bought-together").status())
                .isEqualTo(404);
        assertThat(APP.http().get("/api/products/20725/bought-together?n=0").status())
                .isEqualTo(400);
        assertThat(APP.http()
                        .send("POST", "/api/baskets/complete", "application/json", "{\"items\": []}")
                        .status())
                .isEqualTo(400);
        assertThat(APP.http()
                        .send("POST", "/api/baskets/complete", "application/json", "{\"items\": [3]}")
                        .json()
                        .get("detail")
                        .asText())
                .contains("items must be stock codes");
        assertThat(APP.http()
                        .send(
                                "POST",
                                "/api/baskets/complete",
                                "application/json",
                                "{\"items\": [\"20725\", \"NOPE9\"]}")
                        .json()
                        .get("detail")
                        .asText())
                .startsWith("items: unknown stock code 'NOPE9'");
        assertThat(APP.http()
                        .send("POST", "/api/baskets/complete", "text/plain", "20725")
                        .status())
                .isEqualTo(415);
    }

    @Test
    void priceResponseIsAnEstimateOrItsReason() {
        JsonNode r = APP.http().get("/api/products/85123A/price-response").json();
        assertThat(r.get("stockCode").asText()).isEqualTo("85123A");
        // the small model's prices never vary: no estimate, and the reason says why
        assertThat(r.get("slope").isNull()).isTrue();
        assertThat(r.get("reason").asText()).isNotBlank();
        JsonNode all = APP.http().get("/api/pricing").json();
        assertThat(all.get("note").asText()).contains("not a causal price elasticity");
        assertThat(all.get("products").size())
                .isEqualTo(all.get("productsTotal").asInt());
        assertThat(APP.http().get("/api/products/NOPE/price-response").status()).isEqualTo(404);
    }

    @Test
    void productSearchFindsWordsAndCodesAndHonoursTheLimit() {
        JsonNode j = APP.http().get("/api/products?q=lunch%20bag").json();
        assertThat(j.size()).isEqualTo(2);
        assertThat(j.get(0).fieldNames()).toIterable().containsExactly("stockCode", "description");
        assertThat(j.findValuesAsText("description")).allMatch(d -> d.startsWith("LUNCH BAG"));
        assertThat(APP.http().get("/api/products?q=lunch&limit=1").json().size())
                .isEqualTo(1);
        assertThat(APP.http()
                        .get("/api/products?q=85123")
                        .json()
                        .get(0)
                        .get("stockCode")
                        .asText())
                .isEqualTo("85123A");
        assertThat(APP.http().get("/api/products?q=zebra").json().size()).isZero();
    }

    @Test
    void productSearchRejectsBadParameters() {
        assertError(
                APP.http().get("/api/products?q=bag&limit=abc"),
                400,
                "limit must be a whole number from 1 to 100, got 'abc'");
        assertError(APP.http().get("/api/products?q=bag&limit=0"), 400, "limit");
        assertError(APP.http().get("/api/products?q=bag&limit=-3"), 400, "limit");
        assertError(APP.http().get("/api/products?q=bag&limit=101"), 400, "limit");
        assertError(APP.http().get("/api/products"), 400, "'q' is required");
    }

    @Test
    void productAndCustomerLookups() {
        JsonNode p = APP.http().get("/api/products/20725").json();
        assertThat(p.get("description").asText()).isEqualTo("LUNCH BAG RED RETROSPOT");
        assertThat(p.get("rank").asInt()).isPositive();
        JsonNode x = APP.http().get("/api/products/X%3C1%3E").json();
        assertThat(x.get("description").asText()).isEqualTo(TestModels.XSS);
        JsonNode c = APP.http().get("/api/customers/12349").json();
        assertThat(c.get("customerId").asText()).isEqualTo("12349");
        assertThat(c.get("frequency").asInt()).isEqualTo(3);
        assertThat(c.get("country").asText()).isEqualTo("United Kingdom");
        assertThat(c.at("/history/products").asInt()).isPositive();
    }

    @Test
    void similarProductsAreTheModelsNeighbours() {
        JsonNode j = APP.http().get("/api/products/20725/similar?n=3").json();
        assertThat(j.at("/product/stockCode").asText()).isEqualTo("20725");
        assertThat(j.get("similar").size()).isBetween(1, 3);
        assertThat(j.at("/similar/0").fieldNames()).toIterable().containsExactly("stockCode", "description", "score");
        double previous = Double.MAX_VALUE;
        for (JsonNode s : j.get("similar")) {
            assertThat(s.get("stockCode").asText()).isNotEqualTo("20725");
            assertThat(s.get("score").asDouble()).isBetween(0.0, previous);
            previous = s.get("score").asDouble();
        }
        assertThat(APP.http()
                        .get("/api/products/20725/similar")
                        .json()
                        .get("similar")
                        .size())
                .isLessThanOrEqualTo(5);
        assertError(APP.http().get("/api/products/20725/similar?n=0"), 400, "n must be a whole number from 1 to 100");
        assertError(APP.http().get("/api/products/20725/similar?n=x"), 400, "got 'x'");
        assertError(APP.http().get("/api/products/NOPE/similar"), 404, "unknown product 'NOPE'");
    }

    @Test
    void recommendationsExplainThemselves() {
        JsonNode j = APP.http().get("/api/customers/12347/recommendations?n=3").json();
        assertThat(j.get("customer").asText()).isEqualTo("12347");
        assertThat(j.get("fallback").isBoolean()).isTrue();
        assertThat(j.get("recommendations").size()).isBetween(1, 3);
        assertThat(j.at("/recommendations/0").fieldNames())
                .toIterable()
                .containsExactly("stockCode", "description", "score", "because");
        assertError(APP.http().get("/api/customers/12347/recommendations?n=101"), 400, "n must be");
        assertError(APP.http().get("/api/customers/99999/recommendations"), 404, "unknown customer '99999'");
    }

    @Test
    void segmentsHaveProfilesAndACsvPerSegment() {
        JsonNode j = APP.http().get("/api/segments").json();
        assertThat(j.get("k").asInt()).isEqualTo(2);
        assertThat(j.get("segments").size()).isEqualTo(2);
        int customers = 0;
        for (JsonNode seg : j.get("segments")) {
            String name = seg.get("name").asText();
            Http.Answer csv = APP.http()
                    .get("/api/segments/"
                            + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)
                                    .replace("+", "%20")
                            + "/customers.csv");
            assertThat(csv.status()).isEqualTo(200);
            assertThat(csv.header("Content-Type")).startsWith("text/csv");
            assertThat(csv.header("Content-Disposition")).startsWith("attachment; filename=");
            List<String> lines = csv.body().lines().toList();
            assertThat(lines.get(0)).isEqualTo(SegmentCustomersCsv.HEADER);
            assertThat(lines).hasSize(seg.get("customers").asInt() + 1);
            customers += lines.size() - 1;
        }
        assertThat(customers).isEqualTo(6);
        assertError(APP.http().get("/api/segments/Nobody/customers.csv"), 404, "unknown segment 'Nobody'");
    }

    @Test
    void predictGivesSegmentScoresAndDistances() {
        Http.Answer a = APP.http()
                .send(
                        "POST",
                        "/api/segments/predict",
                        "application/json",
                        "{\"recency\": 10, \"frequency\": 2, \"monetary\": 50.5}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode j = a.json();
        assertThat(j.get("segment").asText()).isNotBlank();
        assertThat(j.get("distances").size()).isEqualTo(2);
        assertThat(j.get("rScore").asInt()).isBetween(1, 5);
        assertThat(j.get("rfmSegment").asText()).isNotBlank();
    }

    @Test
    void predictRejectsEveryKindOfBadInput() {
        assertError(
                APP.http().send("POST", "/api/segments/predict", "application/json", "{\"recency\": "),
                400,
                "malformed JSON");
        assertError(
                APP.http().send("POST", "/api/segments/predict", "application/json", "[1, 2]"),
                400,
                "expected a JSON object");
        assertError(
                APP.http()
                        .send(
                                "POST",
                                "/api/segments/predict",
                                "application/json",
                                "{\"recency\": \"ten\", \"frequency\": 2, \"monetary\": 5}"),
                400,
                "recency must be a number");
        assertError(
                APP.http()
                        .send(
                                "POST",
                                "/api/segments/predict",
                                "application/json",
                                "{\"recency\": -1, \"frequency\": 2, \"monetary\": 5}"),
                400,
                "recency");
        assertError(
                APP.http()
                        .send(
                                "POST",
                                "/api/segments/predict",
                                "application/json",
                                "{\"recency\": 1, \"frequency\": 2}"),
                400,
                "monetary");
        assertError(
                APP.http().send("POST", "/api/segments/predict", "text/plain", "recency=1"), 415, "application/json");
        assertError(APP.http().send("POST", "/api/segments/predict", null, "{}"), 415, "application/json");
        assertError(APP.http().send("GET", "/api/segments/predict", null, null), 405, "GET is not allowed");
        String huge = "{\"recency\": 1, \"frequency\": 2, \"monetary\": 3, \"pad\": \"" + "x".repeat(40_000) + "\"}";
        Http.Answer tooLarge = APP.http().send("POST", "/api/segments/predict", "application/json", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.body()).doesNotContain("\tat ");
    }

    @Test
    void unknownThingsAre404() {
        assertError(APP.http().get("/api/products/NOPE"), 404, "unknown product 'NOPE'");
        assertError(APP.http().get("/api/customers/99999"), 404, "unknown customer '99999'");
        assertError(APP.http().get("/api/no-such-endpoint"), 404, "/api/no-such-endpoint");
    }

    @Test
    void wrongMethodIs405() {
        assertError(APP.http().send("POST", "/api/health", "application/json", "{}"), 405, "POST is not allowed");
        assertError(APP.http().send("DELETE", "/api/products/20725", null, null), 405, "DELETE");
    }

    @Test
    void openApiDocumentsEveryApiRoute() {
        Http.Answer a = APP.http().get("/openapi.json");
        assertThat(a.status()).isEqualTo(200);
        JsonNode paths = a.json().get("paths");
        List<String> documented = new ArrayList<>();
        paths.fieldNames().forEachRemaining(documented::add);
        assertThat(documented)
                .containsExactlyInAnyOrder(
                        "/api/health",
                        "/api/profile",
                        "/api/products",
                        "/api/products/{stockCode}",
                        "/api/products/{stockCode}/similar",
                        "/api/products/{stockCode}/bought-together",
                        "/api/baskets/complete",
                        "/api/products/{stockCode}/demand",
                        "/api/products/{stockCode}/price-response",
                        "/api/inventory",
                        "/api/inventory.csv",
                        "/api/pricing",
                        "/api/cohorts",
                        "/api/cohorts.csv",
                        "/api/migration",
                        "/api/migration.csv",
                        "/api/clv",
                        "/api/migration/months.csv",
                        "/api/clv/customers.csv",
                        "/api/customers/{id}",
                        "/api/customers/{id}/recommendations",
                        "/api/segments/predict",
                        "/api/segments",
                        "/api/segments/history.csv",
                        "/api/segments/{name}/customers.csv");
        assertThat(a.json().get("openapi").asText()).startsWith("3.");
        paths.fields()
                .forEachRemaining(path -> path.getValue()
                        .fields()
                        .forEachRemaining(op -> assertThat(
                                        op.getValue().path("responses").has("421"))
                                .as("%s %s documents the 421 of a foreign Host header", op.getKey(), path.getKey())
                                .isTrue()));
    }

    @Test
    void staticFilesAndEchartsComeFromTheJar() {
        Http.Answer js = APP.http().get("/static/app.js");
        assertThat(js.status()).isEqualTo(200);
        assertThat(js.header("Content-Type")).contains("javascript");
        assertThat(js.header("X-Content-Type-Options")).isEqualTo("nosniff");
        Http.Answer echarts = APP.http().get(Frame.ECHARTS);
        assertThat(echarts.status()).isEqualTo(200);
        assertThat(echarts.body()).contains("echarts");
    }

    @Test
    void noFileOutsideTheStaticFolderIsServed() {
        for (String path : List.of(
                "/static/../openapi.json",
                "/static/%2e%2e/%2e%2e/logback-test.xml",
                "/static/..%2F..%2Fcom/shopperspectrum/web/WebApp.class",
                "/static/../../../../etc/passwd")) {
            Http.Answer a = APP.http().get(path);
            assertThat(a.status()).as(path).isIn(400, 404);
            assertThat(a.body())
                    .as(path)
                    .doesNotContain("root:x:")
                    .doesNotContain("\"openapi\"")
                    .doesNotContain("<configuration>");
        }
    }

    @Test
    void pagesAnswerHtmlWithEscapedData() {
        for (String path : List.of(
                "/",
                "/products",
                "/products?q=mug",
                "/products/X%3C1%3E",
                "/customers/12347",
                "/customers",
                "/customers?recency=5&frequency=2&monetary=40",
                "/segments",
                "/evaluation",
                "/products/20725")) {
            Http.Answer a = APP.http().get(path);
            assertThat(a.status()).as(path).isEqualTo(200);
            assertThat(a.header("Content-Type")).as(path).startsWith("text/html");
            assertThat(a.body()).as(path).doesNotContain("<script>alert").doesNotContain("<b>BOLD");
        }
        assertThat(APP.http().get("/products/X%3C1%3E").body())
                .contains("&lt;script&gt;alert(&quot;xss&quot;)&lt;/script&gt;");
    }

    @Test
    void pageErrorsAreHtmlPagesWithTheMessageEscaped() {
        Http.Answer a = APP.http().get("/products/%3Cimg%20src=x%3E");
        assertThat(a.status()).isEqualTo(404);
        assertThat(a.header("Content-Type")).startsWith("text/html");
        assertThat(a.body())
                .contains("unknown product &#39;&lt;img src=x&gt;&#39;")
                .doesNotContain("<img src=x>");
        assertThat(APP.http().get("/customers/lookup?id=").status()).isEqualTo(400);
        Http.Answer bad = APP.http().get("/customers?recency=abc&frequency=1&monetary=1");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("recency must be a number, got &#39;abc&#39;");
        assertThat(APP.http().get("/no/such/page").status()).isEqualTo(404);
    }
}
