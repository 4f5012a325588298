package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 18, defect 8: "API" in the navigation opens a readable page rendered from the OpenAPI document (offline,
 * no script), /openapi.json stays; a browser's 404 is a page with "did you mean" links, also for a CSV download
 * it opened, while API clients keep the JSON answer.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ApiDocsAndNotFoundPageTest {

    @RegisterExtension
    static final RunningApp APP = RunningApp.of(TestModels::small);

    @Test
    void theApiPageListsEveryOperationOfTheDocumentWithItsParametersAndAnswers() {
        Http.Answer page = APP.http().get("/api-docs");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        String html = page.body();
        assertThat(html)
                .contains("<a href=\"/api-docs\" class=\"active\" aria-current=\"page\">API</a>")
                .contains("href=\"/openapi.json\" id=\"openapi-json\"")
                .contains("<code>limit</code>")
                .contains("<code>application/json")
                .doesNotContain("echarts");
        JsonNode doc = APP.http().get("/openapi.json").json();
        int operations = 0;
        for (Iterator<Map.Entry<String, JsonNode>> p = doc.path("paths").fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<String> m = path.getValue().fieldNames(); m.hasNext(); ) {
                String method = m.next().toUpperCase(Locale.ROOT);
                assertThat(html).contains("<h2><code>" + method + " " + path.getKey() + "</code></h2>");
                operations++;
            }
        }
        assertThat(operations).isGreaterThan(15);
        assertThat(APP.http().get("/").body()).contains("<a href=\"/api-docs\">API</a>");
    }

    @Test
    void anUnknownProductOrCustomerPageOffersTheClosestOnes() {
        Http.Answer product = APP.http().get("/products/22383");
        assertThat(product.status()).isEqualTo(404);
        assertThat(product.header("Content-Type")).startsWith("text/html");
        assertThat(product.body())
                .contains("unknown product &#39;22383&#39;")
                .contains("<h2>Did you mean</h2>")
                .contains("<a href=\"/products/22382\">22382 LUNCH BAG SPACEBOY DESIGN</a>");
        Http.Answer customer = APP.http().get("/customers/12357");
        assertThat(customer.status()).isEqualTo(404);
        assertThat(customer.body())
                .contains("<a href=\"/customers/12347\">customer 12347</a>")
                .contains("<a href=\"/customers/12352\">customer 12352</a>");
        assertThat(APP.http().get("/api/products/22383").json().get("detail").asText())
                .isEqualTo("unknown product '22383'");
    }

    @Test
    void anUnknownSegmentCsvOpenedInABrowserIsAPageAndJsonForApiClients() {
        String url = "http://127.0.0.1:" + APP.port() + "/api/segments/Nobody/customers.csv";
        Http.Answer browser = Http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8")
                .GET()
                .build());
        assertThat(browser.status()).isEqualTo(404);
        assertThat(browser.header("Content-Type")).startsWith("text/html");
        assertThat(browser.body()).contains("id=\"error\">unknown segment &#39;Nobody&#39;");
        Http.Answer client = APP.http().get("/api/segments/Nobody/customers.csv");
        assertThat(client.status()).isEqualTo(404);
        assertThat(client.json().get("status").asInt()).isEqualTo(404);
    }
}
