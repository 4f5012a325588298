package com.shopperspectrum.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.recommend.Weighting;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import com.shopperspectrum.io.model.ModelReader;
import io.javalin.Javalin;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The upload page over HTTP: upload a small CSV, see its layout, first rows and cleaning report, train, and the
 * served model is the new one; a bad file shows the reader's own message (4xx); a server with uploads off refuses
 * them (403).
 */
class UploadPageTest {
    static final ModelOptions OPTIONS = new ModelOptions(
            SegmentOptions.DEFAULT.withK(2).withRestarts(3),
            null,
            MatrixOptions.of(Scope.CUSTOMER, Weighting.BM25),
            new SimilarityOptions(10, false),
            30,
            RecommenderDefaults.easeOptions(false));

    @TempDir
    Path tmp;

    /** A UCI-layout file: 12 customers, products named so the test can find them on the pages. */
    static String uciCsv() {
        StringBuilder csv = new StringBuilder(
                "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n");
        String[] products = {"90001", "90002", "90003", "90004"};
        int invoice = 500000;
        for (int c = 0; c < 12; c++) {
            for (int visit = 0; visit <= c % 3; visit++) {
                invoice++;
                for (int p = 0; p < products.length; p++) {
                    if ((p + c + visit) % 2 == 0 || p == 0) {
                        csv.append(invoice)
                                .append(',')
                                .append(products[p])
                                .append(",UPLOADED ZEBRA LAMP ")
                                .append(p)
                                .append(',')
                                .append(1 + (c + p) % 5)
                                .append(',')
                                .append(String.format("%d/%d/2011 10:%02d", 1 + (c + visit) % 12, 13 + c, visit))
                                .append(',')
                                .append(1.5 + p)
                                .append(',')
                                .append(17000 + c)
                                .append(",Norway\n");
                    }
                }
            }
        }
        return csv.toString();
    }

    private Javalin app(ServedModel served, boolean allowed, Path modelDir) {
        return app(served, allowed, modelDir, UploadSettings.DEFAULT_MAX_BYTES);
    }

    private Javalin app(ServedModel served, boolean allowed, Path modelDir, long maxBytes) {
        return WebApp.create(
                        served,
                        AllowedHosts.loopback(),
                        new UploadSettings(allowed, maxBytes, modelDir, CleaningOptions.DEFAULT, OPTIONS, null, "test"))
                .start("127.0.0.1", 0);
    }

    @Test
    void uploadPreviewTrainReplacesTheServedModelAndWritesIt() throws Exception {
        ServedModel served = new ServedModel(new ModelService(TestModels.small()));
        Path modelDir = tmp.resolve("model");
        Javalin app = app(served, true, modelDir);
        try {
            Http http = new Http("http://127.0.0.1:" + app.port());
            assertThat(http.get("/upload").body())
                    .contains("at most 200 MB")
                    .contains("enctype=\"multipart/form-data\"");
            assertThat(http.get("/products").body()).doesNotContain("ZEBRA");
            for (String page : new String[] {"/", "/products", "/segments", "/api-docs", "/upload"}) {
                assertThat(http.get(page).body())
                        .as("the navigation of %s links the upload page", page)
                        .contains("<a href=\"/upload\"");
            }
            assertThat(http.get("/upload").body())
                    .contains("<a href=\"/upload\" class=\"active\" aria-current=\"page\">");
            ModelService before = served.get();

            String preview = upload(http, "shop.csv", uciCsv().getBytes(StandardCharsets.UTF_8));
            Http.Answer page = http.get(preview);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.body())
                    .contains("id=\"layout\"")
                    .contains("<td>500001</td><td>90001</td><td>UPLOADED ZEBRA LAMP 0</td>")
                    .contains("Clean rows")
                    .contains("id=\"train\"");
            assertThat(served.get())
                    .as("a preview does not touch the served model")
                    .isSameAs(before);

            String id = preview.substring("/upload/".length());
            Http.Answer trained = train(http, id, "product=&date=");
            assertThat(trained.status()).as(trained.body()).isEqualTo(200);
            assertThat(trained.body()).contains("id=\"trained\"").contains("12 customers, 4 products");

            assertThat(served.get()).isNotSameAs(before);
            assertThat(http.get("/api/health").json().get("input").get("name").asText())
                    .isEqualTo("shop.csv");
            assertThat(http.get("/api/health").json().get("customers").asInt()).isEqualTo(12);
            assertThat(http.get("/products").body())
                    .contains("UPLOADED ZEBRA LAMP")
                    .doesNotContain("LUNCH BAG");
            assertThat(http.get("/api/products/90001/similar").status()).isEqualTo(200); // the hot path too
            assertThat(new ModelReader().read(modelDir).customers().size()).isEqualTo(12);
        } finally {
            app.stop();
        }
    }

    @Test
    void aBadFileShowsTheReadersMessageInThePageAndTheMappingFixesIt() throws Exception {
        ServedModel served = new ServedModel(new ModelService(TestModels.small()));
        Javalin app = app(served, true, null);
        try {
            Http http = new Http("http://127.0.0.1:" + app.port());
            String csv = "order;sku;name;qty;when;unit;client;nation\n"
                    + "1;A1;RED CUP;2;03.01.2011 10:00;1,5;c1;Norway\n"
                    + "2;A2;BLUE CUP;1;04.01.2011 11:00;2,5;c2;Norway\n";
            Path file = tmp.resolve("odd.csv");
            Files.writeString(file, csv);
            String expected = readerMessage(file, ReadOptions.DEFAULT);

            String preview = upload(http, "odd.csv", csv.getBytes(StandardCharsets.UTF_8));
            Http.Answer bad = http.get(preview);
            assertThat(bad.status()).isEqualTo(400);
            assertThat(bad.body()).contains("id=\"upload-error\"").contains(escape(expected));
            Http.Answer badTraining = train(http, preview.substring("/upload/".length()), "");
            assertThat(badTraining.status()).isEqualTo(400);
            assertThat(badTraining.body()).contains("id=\"upload-error\"").contains(escape(expected));
            assertThat(served.get().model().metadata().input().name()).isEqualTo("small.csv");
            assertThat(http.get("/static/upload.js").body()).contains("window.location.reload()");

            Map<String, String> mapping = Map.of(
                    "invoice",
                    "order",
                    "product",
                    "sku",
                    "description",
                    "name",
                    "quantity",
                    "qty",
                    "date",
                    "when",
                    "price",
                    "unit",
                    "customer",
                    "client",
                    "country",
                    "nation");
            String query = mapping.entrySet().stream()
                    .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                    .collect(Collectors.joining("&"));
            Http.Answer wrongDate = http.get(preview + "?" + query + "&dateFormat=" + enc("yyyy-MM-dd"));
            assertThat(wrongDate.status()).isEqualTo(400);
            assertThat(wrongDate.body())
                    .contains(escape(
                            readerMessage(file, new ReadOptions(mapping, "yyyy-MM-dd", null, null, false, null))));

            Http.Answer fixed = http.get(preview + "?" + query + "&dateFormat=" + enc("dd.MM.yyyy HH:mm"));
            assertThat(fixed.status()).as(fixed.body()).isEqualTo(200);
            assertThat(fixed.body()).contains("<td>A1</td><td>RED CUP</td>").contains("<td>2011-01-03 10:00</td>");
            assertThat(fixed.body()).contains("value=\"sku\"").contains("value=\"dd.MM.yyyy HH:mm\"");

            Http.Answer notData = send(http, "notes.txt", "hello".getBytes(StandardCharsets.UTF_8));
            assertThat(notData.status()).isEqualTo(400);
            assertThat(notData.body()).contains("notes.txt is not a .csv, .csv.gz or .xlsx file");
        } finally {
            app.stop();
        }
    }

    @Test
    void aGzippedCsvIsReadAsTheCliReadsItAndAFileOverTheLimitIsRefused() throws Exception {
        Javalin app = app(new ServedModel(new ModelService(TestModels.small())), true, null, 3000);
        try {
            Http http = new Http("http://127.0.0.1:" + app.port());
            assertThat(http.get("/upload").body()).contains("at most 3000 bytes");
            java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
            try (java.util.zip.GZIPOutputStream out = new java.util.zip.GZIPOutputStream(gz)) {
                out.write(uciCsv().getBytes(StandardCharsets.UTF_8));
            }
            assertThat(gz.size()).isLessThan(3000);
            Http.Answer page = http.get(upload(http, "shop.csv.gz", gz.toByteArray()));
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.body()).contains("csv.gz").contains("<td>500001</td><td>90001</td>");

            byte[] big = uciCsv().getBytes(StandardCharsets.UTF_8);
            assertThat(big.length).isGreaterThan(3000);
            Http.Answer tooBig = send(http, "shop.csv", big);
            assertThat(tooBig.status()).isEqualTo(413);
            assertThat(tooBig.body()).contains("shop.csv is larger than the upload limit, 3000 bytes");
        } finally {
            app.stop();
        }
    }

    /** {@link #uciCsv()} as an Excel workbook: numbers as numbers, dates as date cells, as a spreadsheet saves them. */
    static byte[] uciXlsx() throws java.io.IOException {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        org.dhatim.fastexcel.Workbook wb = new org.dhatim.fastexcel.Workbook(bytes, "test", "1.0");
        org.dhatim.fastexcel.Worksheet sheet = wb.newWorksheet("Online Retail");
        java.time.format.DateTimeFormatter uci = java.time.format.DateTimeFormatter.ofPattern("M/d/yyyy H:mm");
        String[] lines = uciCsv().split("\n");
        for (int r = 0; r < lines.length; r++) {
            String[] cells = lines[r].split(",");
            for (int c = 0; c < cells.length; c++) {
                if (r == 0 || c == 1 || c == 2 || c == 7) {
                    sheet.value(r, c, cells[c]);
                } else if (c == 4) {
                    sheet.value(r, c, java.time.LocalDateTime.parse(cells[c], uci));
                    sheet.style(r, c).format("dd/mm/yyyy hh:mm").set();
                } else if (cells[c].contains(".")) {
                    sheet.value(r, c, Double.parseDouble(cells[c]));
                } else { // as Excel stores a whole number: 500001, not 500001.0
                    sheet.value(r, c, Long.parseLong(cells[c]));
                }
            }
        }
        wb.finish();
        return bytes.toByteArray();
    }

    @Test
    void anXlsxWorkbookIsPreviewedAndTrainedIntoTheServedModel() throws Exception {
        ServedModel served = new ServedModel(new ModelService(TestModels.small()));
        Javalin app = app(served, true, null);
        try {
            Http http = new Http("http://127.0.0.1:" + app.port());
            String preview = upload(http, "shop.xlsx", uciXlsx());
            Http.Answer page = http.get(preview);
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            assertThat(page.body())
                    .contains("xlsx")
                    .contains("<td>500001</td><td>90001</td><td>UPLOADED ZEBRA LAMP 0</td>")
                    .contains("<td>2011-01-13 10:00</td>")
                    .contains("<td>17000</td><td>Norway</td>");
            ModelService before = served.get();
            Http.Answer trained = train(http, preview.substring("/upload/".length()), "");
            assertThat(trained.status()).as(trained.body()).isEqualTo(200);
            assertThat(trained.body()).contains("id=\"trained\"").contains("12 customers, 4 products");
            assertThat(served.get()).isNotSameAs(before);
            assertThat(http.get("/api/health").json().get("input").get("name").asText())
                    .isEqualTo("shop.xlsx");
            assertThat(http.get("/products").body()).contains("UPLOADED ZEBRA LAMP");
            assertThat(http.get("/customers/17000").status()).isEqualTo(200);
        } finally {
            app.stop();
        }
    }

    @Test
    void onlyLoopbackHostsTakeUploadsWithoutAllowUpload() {
        for (String host : new String[] {"127.0.0.1", "localhost", "::1", "[::1]", "127.0.1.1"}) {
            assertThat(UploadSettings.allowedOn(host, false)).as(host).isTrue();
        }
        for (String host : new String[] {"0.0.0.0", "192.168.1.20", "shop.example", "::"}) {
            assertThat(UploadSettings.allowedOn(host, false)).as(host).isFalse();
            assertThat(UploadSettings.allowedOn(host, true)).as(host).isTrue();
        }
    }

    @Test
    void uploadsAreRefusedWhenOff() {
        Javalin app = app(new ServedModel(new ModelService(TestModels.small())), false, null);
        try {
            Http http = new Http("http://127.0.0.1:" + app.port());
            for (String path : new String[] {"/", "/products", "/segments", "/api-docs"}) {
                assertThat(http.get(path).body())
                        .as("uploads are off: the navigation of %s does not offer them", path)
                        .contains("<nav>")
                        .doesNotContain("href=\"/upload\"");
            }
            Http.Answer page = http.get("/upload");
            assertThat(page.status()).isEqualTo(403);
            assertThat(page.body()).contains("--allow-upload").doesNotContain("type=\"file\"");
            Http.Answer post = send(http, "shop.csv", uciCsv().getBytes(StandardCharsets.UTF_8));
            assertThat(post.status()).isEqualTo(403);
            assertThat(post.body()).contains("--allow-upload");
        } finally {
            app.stop();
        }
    }

    /** Starts training (303 to the training page) and reads that page until it no longer shows progress. */
    static Http.Answer train(Http http, String id, String form) throws InterruptedException {
        Http.Answer start = http.send("POST", "/upload/" + id + "/train", "application/x-www-form-urlencoded", form);
        assertThat(start.status()).as(start.body()).isEqualTo(303);
        assertThat(start.header("Location")).isEqualTo("/upload/" + id + "/training");
        for (int i = 0; i < 600; i++) {
            Http.Answer page = http.get("/upload/" + id + "/training");
            if (!page.body().contains("id=\"progress\"")) {
                return page;
            }
            assertThat(page.status()).isEqualTo(200);
            assertThat(page.body()).contains("Training on ").contains("/static/upload.js");
            Thread.sleep(50);
        }
        throw new AssertionError("training did not finish in 30 s");
    }

    private static String readerMessage(Path file, ReadOptions options) {
        Throwable[] thrown = new Throwable[1];
        assertThatThrownBy(() -> new TransactionReader().read(file, options)).satisfies(e -> thrown[0] = e);
        return thrown[0]
                .getMessage()
                .replace(file.toString(), file.getFileName().toString());
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** As jte escapes text in HTML. */
    private static String escape(String s) {
        return s.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&#34;")
                .replace("'", "&#39;");
    }

    /** Uploads and returns the preview's path (the upload answers 303 to it). */
    private static String upload(Http http, String name, byte[] content) {
        Http.Answer a = send(http, name, content);
        assertThat(a.status()).as(a.body()).isEqualTo(303);
        String location = a.header("Location");
        assertThat(location).startsWith("/upload/");
        return location;
    }

    private static Http.Answer send(Http http, String name, byte[] content) {
        String boundary = "----spectrum-test-boundary";
        byte[] head = ("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + name
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.UTF_8);
        byte[] tail = ("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[head.length + content.length + tail.length];
        System.arraycopy(head, 0, body, 0, head.length);
        System.arraycopy(content, 0, body, head.length, content.length);
        System.arraycopy(tail, 0, body, head.length + content.length, tail.length);
        return Http.send(HttpRequest.newBuilder(URI.create(http.origin() + "/upload"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }
}
