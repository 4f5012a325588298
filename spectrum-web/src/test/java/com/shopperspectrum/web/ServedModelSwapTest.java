package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import org.junit.jupiter.api.Test;

/**
 * One {@link ServedModel#replace} switches every part of a running app — the JSON API, the pages and the hot path
 * in front of the app — to the new model: after the swap the app answers exactly as an app built on the new model.
 */
class ServedModelSwapTest {
    static final String PREDICT = "{\"recency\": 10, \"frequency\": 2, \"monetary\": 50.5}";

    @Test
    void aSwapChangesTheApiThePagesAndTheHotPathAtOnce() {
        ServedModel served = new ServedModel(new ModelService(TestModels.small()));
        Javalin swapped = WebApp.create(served, AllowedHosts.loopback()).start("127.0.0.1", 0);
        Javalin fresh = WebApp.create(new ModelService(TrendsModels.trends())).start("127.0.0.1", 0);
        try {
            Http s = new Http("http://127.0.0.1:" + swapped.port());
            Http f = new Http("http://127.0.0.1:" + fresh.port());
            assertThat(s.get("/api/products/20725/similar").status()).isEqualTo(200); // the hot path, old model
            assertThat(s.get("/api/products/10001/similar").status()).isEqualTo(404);
            String before = s.get("/api/health").body();

            served.replace(new ModelService(TrendsModels.trends()));

            assertThat(s.get("/api/health").body())
                    .isNotEqualTo(before)
                    .isEqualTo(f.get("/api/health").body());
            assertThat(s.get("/api/products/20725/similar").status()).isEqualTo(404);
            Http.Answer similar = s.get("/api/products/10001/similar");
            assertThat(similar.status()).as(similar.body()).isEqualTo(200);
            assertThat(similar.body())
                    .isEqualTo(f.get("/api/products/10001/similar").body());
            assertThat(s.send("POST", "/api/segments/predict", "application/json", PREDICT)
                            .body())
                    .isEqualTo(f.send("POST", "/api/segments/predict", "application/json", PREDICT)
                            .body());
            assertThat(s.get("/products").body()).contains("RED MUG").doesNotContain("LUNCH BAG");
            assertThat(s.get("/segments").body()).isEqualTo(f.get("/segments").body());
        } finally {
            swapped.stop();
            fresh.stop();
        }
    }
}
