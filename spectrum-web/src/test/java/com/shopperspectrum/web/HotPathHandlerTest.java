package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.web.hotpath.HotPathHandler;
import io.javalin.Javalin;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Jetty-level answers of the two hot API calls ({@link HotPathHandler}) are the app's
 * answers: the same bytes and headers, and whatever they do not answer reaches the app intact.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HotPathHandlerTest {
    static final String PREDICT = "{\"recency\": 10, \"frequency\": 2, \"monetary\": 50.5}";
    ModelService service;
    Javalin app;
    Http http;

    @BeforeAll
    void start() {
        service = new ModelService(TestModels.small());
        app = WebApp.create(service).start("127.0.0.1", 0);
        http = new Http("http://127.0.0.1:" + app.port());
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    @Test
    void directAndAppAnswersAreTheSame() {
        // '%' escapes are left to the app: the same product through both paths
        Http.Answer direct = http.get("/api/products/20725/similar?n=3");
        Http.Answer viaApp = http.get("/api/products/%32%30%37%32%35/similar?n=3");
        assertSameAnswer(direct, viaApp);
        assertThat(direct.json().get("similar").size()).isBetween(1, 3);
        assertSameAnswer(
                http.get("/api/products/20725/similar"), http.get("/api/products/%32%30%37%32%35/similar?n=5"));
    }

    @Test
    void aPredictBodyTheDirectPathCannotUseReachesTheAppIntact() {
        Http.Answer direct = http.send("POST", "/api/segments/predict", "application/json", PREDICT);
        assertThat(direct.status()).as(direct.body()).isEqualTo(200);
        // chunked (no Content-Length): the app reads it
        assertSameAnswer(direct, Http.send(chunked(PREDICT)));
        // invalid values: read here, replayed to the app, which names the field
        ApiTest.assertError(
                http.send(
                        "POST",
                        "/api/segments/predict",
                        "application/json",
                        "{\"recency\": -1, \"frequency\": 2, \"monetary\": 5}"),
                400,
                "recency must be >= 0");
    }

    @Test
    void predictAnswersAndErrorsAreTheAppsForEveryKindOfBody() {
        String rest = ", \"frequency\": 2, \"monetary\": 50.5}";
        List<String> bodies = List.of(
                PREDICT,
                "{\"recency\": 10.0, \"frequency\": 2, \"monetary\": 50}",
                "{\"recency\": 1e1, \"frequency\": 2E0, \"monetary\": 5.05e+1}",
                "{\"recency\": 0, \"frequency\": -0, \"monetary\": -0.0}",
                "{\"recency\": 123456789012345678901234567890, \"frequency\": 9007199254740993, \"monetary\": 1e300}",
                "{\"monetary\": 0.1, \"id\": \"café ☕\", \"nested\": {\"recency\": [1, null]}, \"frequency\": 3, "
                        + "\"recency\": 400}",
                " \n\t{ \"recency\" :10 ,\r\n\"frequency\":2 , \"monetary\" : 5 }\n ",
                "{\"recency\": 1, \"recency\": 300" + rest,
                "{\"recency\": 10" + rest + " trailing",
                "{\"recency\": null" + rest,
                "{\"recency\": \"10\"" + rest,
                "{\"recency\": {\"v\": 1}" + rest,
                "{\"recency\": -1" + rest,
                "{\"recency\": 1e400" + rest,
                "{\"recency\": 1, \"frequency\": 2}",
                "{\"recency\": 1,",
                "[1, 2]",
                "null",
                "");
        for (String body : bodies) {
            Http.Answer direct = http.send("POST", "/api/segments/predict", "application/json", body);
            Http.Answer viaApp = Http.send(chunked(body)); // no Content-Length: HotPathHandler leaves it to the app
            assertThat(viaApp.status()).as(body).isEqualTo(direct.status());
            assertThat(viaApp.body()).as(body).isEqualTo(direct.body());
            assertThat(viaApp.header("Content-Type")).as(body).isEqualTo(direct.header("Content-Type"));
        }
    }

    private HttpRequest chunked(String body) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + "/api/segments/predict"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(
                        () -> new java.io.ByteArrayInputStream(body.getBytes(StandardCharsets.UTF_8))))
                .build();
    }

    @Test
    void aBodyArrivingInPartsIsReplayedToTheApp() throws Exception {
        byte[] body = PREDICT.getBytes(StandardCharsets.UTF_8);
        String expected = http.send("POST", "/api/segments/predict", "application/json", PREDICT)
                .body();
        try (Socket s = new Socket("127.0.0.1", app.port())) {
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/segments/predict HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                            + "Content-Length: " + body.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.write(body, 0, 10);
            out.flush();
            Thread.sleep(300);
            out.write(body, 10, body.length - 10);
            out.flush();
            String answer = readAll(s.getInputStream());
            assertThat(answer).startsWith("HTTP/1.1 200").endsWith(expected);
        }
    }

    private static String readAll(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }

    private static void assertSameAnswer(Http.Answer a, Http.Answer b) {
        assertThat(a.status()).isEqualTo(200);
        assertThat(b.status()).isEqualTo(a.status());
        assertThat(b.body()).isEqualTo(a.body());
        for (String header : List.of(
                "Content-Type",
                "Content-Length",
                "Content-Security-Policy",
                "X-Content-Type-Options",
                "Referrer-Policy",
                "X-Frame-Options")) {
            assertThat(b.header(header)).as(header).isEqualTo(a.header(header)).isNotNull();
        }
    }
}
