package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.Javalin;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Requests as an attacker or a broken client sends them, on a bare socket to a real server (port 0): a foreign
 * Host (DNS rebinding) on the app and on the hot path, what Jetty refuses before the app (bad percent-encoding,
 * {@code %00}, 414, 431, duplicate Content-Length, bad request lines, 408), path traversal, 1 MB bodies, wrong
 * methods and content types, trailing content. Each answer: its status, the JSON {@code {status, error, detail}}
 * for the API (an HTML page for pages), the security headers, and no internal wording.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileHttpTest {
    static final String PREDICT = "{\"recency\": 10, \"frequency\": 2, \"monetary\": 50.5}";
    static final String JSON_TYPE = "Content-Type: application/json";
    Javalin app;
    RawHttp raw;

    /** How an answer must look: JSON {@code {status, error, detail}}, the HTML error page, or a 2xx answer. */
    enum Shape {
        JSON,
        HTML,
        OK
    }

    record Case(String name, byte[] request, int status, Shape shape, String detailPart) {
        @Override
        public String toString() {
            return name;
        }
    }

    @BeforeAll
    void start() {
        app = WebApp.create(new ModelService(TestModels.small()), AllowedHosts.of("127.0.0.1", List.of("shop.example")))
                .start("127.0.0.1", 0);
        for (Connector c : app.jettyServer().server().getConnectors()) {
            ((ServerConnector) c).setIdleTimeout(1_000); // for the 408 case; connections opened from now on
        }
        raw = new RawHttp(app.port());
    }

    @AfterAll
    void stop() {
        app.stop();
    }

    static Stream<Case> cases() {
        List<Case> c = new ArrayList<>();
        // DNS rebinding: a foreign Host on the app, the hot path (both calls) and a page
        for (String host : List.of("evil.example", "evil.example:7070", "localhost.evil.example", "127.0.0.1.nip.io")) {
            c.add(json("host " + host, request("GET", "/api/customers/12347", "Host: " + host), 421, host));
        }
        c.add(json(
                "host on similar", request("GET", "/api/products/20725/similar", "Host: evil.example"), 421, "host"));
        c.add(json(
                "host on predict",
                post("/api/segments/predict", PREDICT, "Host: evil.example", JSON_TYPE),
                421,
                "host"));
        c.add(json("host on a page", request("GET", "/", "Host: evil.example"), 421, "--allowed-hosts"));
        c.add(json("host [::2]", request("GET", "/api/health", "Host: [::2]:80"), 421, "[::2]"));
        c.add(ok("host LOCALHOST:port", request("GET", "/api/health", "Host: LOCALHOST:1")));
        c.add(ok("host [::1]:port", request("GET", "/api/products/20725/similar", "Host: [::1]:7070")));
        c.add(ok("host from --allowed-hosts", request("GET", "/api/health", "Host: shop.example")));
        c.add(ok("host 127.0.0.1 on predict", post("/api/segments/predict", PREDICT, "Host: 127.0.0.1", JSON_TYPE)));
        // what Jetty refuses before the app
        c.add(json("percent zz", get("/api/products/%zz"), 400, "percent-encoding"));
        c.add(json("percent 00", get("/api/products/%00"), 400, "malformed request"));
        c.add(json("percent zz on a page (no path to go by)", get("/products/%zz"), 400, "malformed"));
        c.add(json("bad UTF-8 escape", get("/api/products/%c3%28"), 400, "malformed"));
        c.add(json("UTF-16 escape", get("/api/products/%u0041"), 400, "percent-encoding"));
        c.add(json("percent zz in the hot path", get("/api/products/%zz/similar"), 400, "malformed"));
        c.add(json("URI too long", get("/api/products/" + "a".repeat(20_000)), 414, "URI"));
        c.add(json("headers too large", request("GET", "/api/health", "X-Big: " + "a".repeat(20_000)), 431, "headers"));
        c.add(json(
                "duplicate Content-Length",
                post("/api/segments/predict", "{}", JSON_TYPE, "Content-Length: 3"),
                400,
                "Content-Length"));
        c.add(new Case(
                "duplicate Content-Length on a page",
                bytes(RawHttp.head("POST", "/customers", "Content-Length: 2", "Content-Length: 3") + "{}"),
                400,
                Shape.HTML,
                "Content-Length"));
        c.add(json(
                "Content-Length not a number",
                bytes(RawHttp.head("POST", "/api/segments/predict", JSON_TYPE, "Content-Length: abc")),
                400,
                "Content-Length"));
        c.add(json(
                "Transfer-Encoding and Content-Length",
                bytes(RawHttp.head(
                                "POST",
                                "/api/segments/predict",
                                JSON_TYPE,
                                "Transfer-Encoding: chunked",
                                "Content-Length: 5")
                        + "0\r\n\r\n"),
                400,
                "malformed"));
        c.add(json(
                "bad chunk size",
                bytes(RawHttp.head("POST", "/api/segments/predict", JSON_TYPE, "Transfer-Encoding: chunked")
                        + "zz\r\n{}\r\n0\r\n\r\n"),
                400,
                "malformed"));
        c.add(json("bad request line", bytes("GARBAGE\r\n\r\n"), 400, "malformed"));
        c.add(json("HTTP/9.9", bytes("GET /api/health HTTP/9.9\r\nHost: localhost\r\n\r\n"), 505, "HTTP/1.1"));
        c.add(json("no Host in HTTP/1.1", bytes("GET /api/health HTTP/1.1\r\nConnection: close\r\n\r\n"), 400, "Host"));
        c.add(json("two Host headers", bytes(RawHttp.head("GET", "/api/health", "Host: evil.example")), 400, "Host"));
        c.add(json("control character in a header", request("GET", "/api/health", "X-A: a\u0001b"), 400, "malformed"));
        c.add(json("space in the URI", get("/api/products/a b"), 400, "malformed"));
        c.add(json("header without a colon", request("GET", "/api/health", "Bogus"), 400, "malformed"));
        c.add(json("absolute URI for another host", get("http://evil.example/api/health"), 400, "malformed"));
        // path traversal
        for (String path : List.of(
                "/static/../../etc/passwd",
                "/static/%2e%2e/%2e%2e/etc/passwd",
                "/api/../../etc/passwd",
                "/%2e%2e/%2e%2e/etc/passwd")) {
            c.add(json("traversal " + path, get(path), 400, "malformed"));
        }
        c.add(new Case(
                "traversal overlong UTF-8", get("/static/%c0%ae%c0%ae/etc/passwd"), 400, Shape.HTML, "malformed"));
        for (String path : List.of(
                "/static/..%2F..%2Fetc/passwd",
                "/static/%252e%252e/%252e%252e/etc/passwd", "/static/....//etc/passwd")) {
            c.add(new Case("traversal " + path, get(path), 404, Shape.HTML, "no such page"));
        }
        // large bodies
        String mb = "{\"pad\": \"" + "x".repeat(1 << 20) + "\"}";
        c.add(json("1 MB body", post("/api/segments/predict", mb, JSON_TYPE), 413, "16384 bytes"));
        c.add(json(
                "1 MB body, chunked",
                bytes(RawHttp.head("POST", "/api/segments/predict", JSON_TYPE, "Transfer-Encoding: chunked")
                        + Integer.toHexString(mb.length()) + "\r\n" + mb + "\r\n0\r\n\r\n"),
                413,
                "bytes"));
        c.add(json("1 MB body to a GET-only endpoint", post("/api/health", mb, JSON_TYPE), 405, "POST"));
        // trailing content (the hot path reads bodies with a Content-Length; chunked ones reach the app)
        c.add(json(
                "trailing garbage",
                post("/api/segments/predict", PREDICT + "garbage", JSON_TYPE),
                400,
                "nothing after"));
        c.add(json("a second object", post("/api/segments/predict", PREDICT + " {}", JSON_TYPE), 400, "nothing after"));
        c.add(json(
                "trailing garbage, chunked",
                bytes(RawHttp.head("POST", "/api/segments/predict", JSON_TYPE, "Transfer-Encoding: chunked")
                        + Integer.toHexString(PREDICT.length() + 1) + "\r\n" + PREDICT + "x\r\n0\r\n\r\n"),
                400,
                "nothing after"));
        c.add(ok("trailing white space", post("/api/segments/predict", PREDICT + " \r\n\t", JSON_TYPE)));
        // wrong methods
        c.add(json("DELETE", request("DELETE", "/api/health"), 405, "DELETE is not allowed"));
        c.add(json("PUT on predict", send("PUT", "/api/segments/predict", PREDICT, JSON_TYPE), 405, "PUT"));
        c.add(json("GET on predict", get("/api/segments/predict"), 405, "GET"));
        c.add(json("POST on similar", post("/api/products/20725/similar", PREDICT, JSON_TYPE), 405, "POST"));
        c.add(json("TRACE", request("TRACE", "/api/health"), 405, "TRACE"));
        c.add(new Case("PATCH on a page", request("PATCH", "/segments"), 405, Shape.HTML, "PATCH"));
        // wrong content types
        for (String type : List.of(
                "text/plain",
                "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x",
                "application/jsonx")) {
            c.add(json(
                    "Content-Type " + type,
                    post("/api/segments/predict", PREDICT, "Content-Type: " + type),
                    415,
                    "application/json"));
        }
        c.add(json("no Content-Type", post("/api/segments/predict", PREDICT), 415, "without Content-Type"));
        return c.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void everyAnswerHasItsShapeAndTheSecurityHeaders(Case c) {
        RawHttp.Answer a = raw.send(c.request(), 0);
        assertAnswer(c, a);
    }

    @Test
    void aBodyThatStopsArrivingIs408() {
        byte[] head = bytes(RawHttp.head("POST", "/api/segments/predict", JSON_TYPE, "Content-Length: 40"));
        byte[] request = java.util.Arrays.copyOf(head, head.length + 5);
        System.arraycopy(bytes("{\"rec"), 0, request, head.length, 5);
        RawHttp.Answer a = raw.send(request, 2_000);
        assertAnswer(new Case("slow body", request, 408, Shape.JSON, "in time"), a);
    }

    @Test
    void headAnswersTheHeadersOfGet() {
        for (String path : List.of(
                "/api/health",
                "/api/products/20725/similar",
                "/api/products/20725/similar?n=2",
                "/api/products/NOPE",
                "/api/segments/" + "x" + "/customers.csv",
                "/openapi.json",
                "/",
                "/products/20725",
                "/no/such/page",
                "/static/app.css")) {
            RawHttp.Answer get = raw.send(RawHttp.head("GET", path));
            RawHttp.Answer head = raw.send(RawHttp.head("HEAD", path));
            assertThat(head.status()).as(path).isEqualTo(get.status());
            assertThat(head.header("Content-Type"))
                    .as(path)
                    .isEqualTo(get.header("Content-Type"))
                    .isNotNull();
            assertThat(head.header("Content-Length")).as(path).isEqualTo(String.valueOf(get.body().length));
            assertThat(head.body()).as(path).isEmpty();
            assertThat(head.header("Content-Security-Policy")).as(path).isEqualTo(SecurityHeaders.CSP);
        }
    }

    static void assertAnswer(Case c, RawHttp.Answer a) {
        assertThat(a.status()).as(c.name() + ": " + a.text()).isEqualTo(c.status());
        assertThat(a.header("Content-Security-Policy")).as(c.name()).isEqualTo(SecurityHeaders.CSP);
        assertThat(a.header("X-Content-Type-Options")).as(c.name()).isEqualTo("nosniff");
        assertThat(a.header("X-Frame-Options")).as(c.name()).isEqualTo("DENY");
        assertThat(a.header("Referrer-Policy")).as(c.name()).isEqualTo("no-referrer");
        assertThat(a.text())
                .as(c.name())
                .doesNotContain("Exception")
                .doesNotContain("\tat ")
                .doesNotContain("root:x:");
        if (c.status() == 405) {
            assertThat(a.header("Allow")).as(c.name()).matches("[A-Z]+(,[A-Z]+)*");
        }
        switch (c.shape()) {
            case JSON -> {
                assertThat(a.header("Content-Type"))
                        .as(c.name() + a.headers() + a.text())
                        .startsWith("application/json");
                JsonNode j = a.json();
                assertThat(j.size()).as(c.name()).isEqualTo(3);
                assertThat(j.get("status").asInt()).as(c.name()).isEqualTo(c.status());
                assertThat(j.get("error").asText()).as(c.name()).isNotBlank();
                assertThat(j.get("detail").asText()).as(c.name()).contains(c.detailPart());
            }
            case HTML -> {
                assertThat(a.header("Content-Type")).as(c.name()).startsWith("text/html");
                assertThat(a.text())
                        .as(c.name())
                        .contains("<!DOCTYPE html>")
                        .contains("id=\"error\"")
                        .contains(c.detailPart());
            }
            case OK -> assertThat(a.text()).as(c.name()).doesNotContain("\"detail\"");
        }
    }

    private static Case json(String name, byte[] request, int status, String detailPart) {
        return new Case(name, request, status, Shape.JSON, detailPart);
    }

    private static Case ok(String name, byte[] request) {
        return new Case(name, request, 200, Shape.OK, null);
    }

    private static byte[] get(String target) {
        return bytes(RawHttp.head("GET", target));
    }

    /** A request with these headers in place of the default Host when one of them is a Host. */
    private static byte[] request(String method, String target, String... headers) {
        boolean host = Stream.of(headers).anyMatch(h -> h.startsWith("Host:"));
        if (!host) {
            return bytes(RawHttp.head(method, target, headers));
        }
        StringBuilder b = new StringBuilder(method + " " + target + " HTTP/1.1\r\n");
        for (String h : headers) {
            b.append(h).append("\r\n");
        }
        return bytes(b.append("Connection: close\r\n\r\n").toString());
    }

    private static byte[] post(String target, String body, String... headers) {
        return send("POST", target, body, headers);
    }

    private static byte[] send(String method, String target, String body, String... headers) {
        byte[] content = body.getBytes(StandardCharsets.UTF_8);
        List<String> all = new ArrayList<>(List.of(headers));
        all.add("Content-Length: " + content.length);
        byte[] head = request(method, target, all.toArray(String[]::new));
        byte[] out = java.util.Arrays.copyOf(head, head.length + content.length);
        System.arraycopy(content, 0, out, head.length, content.length);
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
