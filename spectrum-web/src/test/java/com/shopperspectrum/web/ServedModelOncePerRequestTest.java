package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Every page, download and API answer reads the served model once per request, so a request during a swap sees
 * one model (its content, charts and footer agree): a {@link ServedModel} that hands out a different model on
 * every read counts the reads of each request, and each page must name the model it was built from throughout.
 */
class ServedModelOncePerRequestTest {
    /** Hands out A, B, A, … (a swap between any two reads) and counts the reads. */
    static final class Alternating extends ServedModel {
        final ModelService a;
        final ModelService b;
        final AtomicInteger reads = new AtomicInteger();

        Alternating(ModelService a, ModelService b) {
            super(a);
            this.a = a;
            this.b = b;
        }

        @Override
        public ModelService get() {
            return reads.getAndIncrement() % 2 == 0 ? a : b;
        }
    }

    static final List<String> PATHS = List.of(
            "/",
            "/products",
            "/products?q=lunch",
            "/products/20725",
            "/products/NOPE",
            "/products.csv",
            "/customers",
            "/customers?recency=10&frequency=2&monetary=50",
            "/customers?recency=-3",
            "/customers/12347",
            "/customers/12347.0",
            "/customers/lookup?id=12347",
            "/customers/list",
            "/customers/list.csv",
            "/segments",
            "/segments.csv",
            "/evaluation",
            "/evaluation.csv",
            "/inventory",
            "/trends",
            "/baskets",
            "/baskets.csv",
            "/clv",
            "/api-docs",
            "/upload",
            "/api/health",
            "/api/profile",
            "/api/products?q=lunch",
            "/api/products/20725",
            "/api/products/20725/similar?n=3",
            "/api/products/20725/similar?n=abc",
            "/api/products/20725/bought-together",
            "/api/products/20725/demand",
            "/api/inventory",
            "/api/inventory.csv",
            "/api/pricing",
            "/api/cohorts",
            "/api/migration",
            "/api/clv",
            "/api/customers/12347",
            "/api/customers/12347/recommendations?n=3",
            "/api/customers/99999",
            "/api/segments",
            "/api/segments/history.csv");

    @Test
    void eachRequestReadsTheServedModelOnce() {
        Alternating served =
                new Alternating(new ModelService(TestModels.small()), new ModelService(TrendsModels.trends()));
        Javalin app = WebApp.create(served, AllowedHosts.loopback()).start("127.0.0.1", 0);
        try {
            Http http = new Http("http://127.0.0.1:" + app.port());
            for (String path : PATHS) {
                for (int twice = 0; twice < 2; twice++) { // starting from A, then from B
                    int before = served.reads.get();
                    Http.Answer a = http.get(path);
                    assertThat(a.status()).as(path).isLessThan(500);
                    assertThat(served.reads.get() - before)
                            .as("reads of the served model by GET %s (%d)", path, a.status())
                            .isLessThanOrEqualTo(1);
                }
            }
            int before = served.reads.get();
            http.send("POST", "/api/segments/predict", "application/json", ServedModelSwapTest.PREDICT);
            http.send("POST", "/api/baskets/complete", "application/json", "{\"items\": [\"20725\"]}");
            assertThat(served.reads.get() - before).as("reads by two POSTs").isLessThanOrEqualTo(2);
        } finally {
            app.stop();
        }
    }

    @Test
    void aPageDuringSwapsNamesOneModelInItsContentAndFooter() {
        Alternating served =
                new Alternating(new ModelService(TestModels.small()), new ModelService(TrendsModels.trends()));
        Javalin app = WebApp.create(served, AllowedHosts.loopback()).start("127.0.0.1", 0);
        try {
            Http http = new Http("http://127.0.0.1:" + app.port());
            String small = served.a.model().metadata().input().name();
            String trends = served.b.model().metadata().input().name();
            assertThat(small).isNotEqualTo(trends);
            for (int i = 0; i < 4; i++) {
                String page = http.get("/products").body();
                boolean fromSmall = page.contains("LUNCH BAG");
                assertThat(page)
                        .as("the footer names the model the list came from")
                        .contains("<code>" + (fromSmall ? small : trends) + "</code>");
            }
        } finally {
            app.stop();
        }
    }
}
