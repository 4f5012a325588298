package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.model.ModelDirectory;
import com.shopperspectrum.io.model.ModelReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** train, report and serve in-process on a small file. */
class ModelCommandsTest {
    static final String CSV = """
            InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
            536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom
            536365,71053,"<script>alert(""x"")</script> LANTERN",6,2010-12-01 08:26:00,3.39,17850,United Kingdom
            536366,22633,HAND WARMER UNION JACK,6,2010-12-02 08:28:00,1.85,13047,United Kingdom
            536366,71053,"<script>alert(""x"")</script> LANTERN",2,2010-12-02 08:28:00,3.39,13047,United Kingdom
            C536368,22633,HAND WARMER UNION JACK,-1,2010-12-02 08:30:00,1.85,13047,United Kingdom
            536369,22633,HAND WARMER UNION JACK,1,2010-12-03 09:00:00,1.85,12680,France
            """;

    @TempDir
    Path dir;

    Path data() throws IOException {
        Path f = dir.resolve("small.csv");
        Files.writeString(f, CSV);
        return f;
    }

    @Test
    void trainWritesAModelThatLoadsAndRecordsItsProvenance() throws IOException {
        Path model = dir.resolve("model");
        CliRun run = CliRun.of("train", data().toString(), "-o", model.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Model written to " + model)
                .contains("6 raw, 5 clean")
                .contains("customers  3");
        var m = new ModelReader().read(model);
        assertThat(m.metadata().input().name()).isEqualTo("small.csv");
        assertThat(m.metadata().input().sha256()).hasSize(64);
        assertThat(m.metadata().rows()).containsEntry("cancelled", 1L).containsEntry("clean", 5L);
        assertThat(m.metadata().options()).containsEntry("dropDuplicates", "false");
        assertThat(m.metadata().timingsMillis()).containsKeys("readAndClean", "model");
        assertThat(m.metadata().programVersion()).isEqualTo(SpectrumCommand.version());
    }

    @Test
    void theEmbeddedEngineIsTheDefaultAndIsRecorded() throws IOException {
        Path model = dir.resolve("model");
        CliRun run = CliRun.of("train", data().toString(), "-o", model.toString(), "--engine", "embedded");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("engine     embedded");
        assertThat(new ModelReader().read(model).metadata().options())
                .containsEntry("engine", "embedded")
                .doesNotContainKey("master");
    }

    @Test
    void theSparkEngineWithoutSparkOnTheClassPathIsAUsageErrorThatSaysHowToGetIt() throws IOException {
        Path model = dir.resolve("model");
        CliRun run = CliRun.of("train", data().toString(), "-o", model.toString(), "--engine", "spark");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("--engine spark")
                .contains("not on the class path")
                .contains("./spectrum")
                .contains("spark-submit")
                .doesNotContain("Exception");
        assertThat(model).doesNotExist();
    }

    @Test
    void anUnknownEngineOrAMasterForTheEmbeddedEngineIsAUsageError() throws IOException {
        CliRun unknown =
                CliRun.of("train", data().toString(), "-o", dir.resolve("m").toString(), "--engine", "flink");
        assertThat(unknown.exitCode()).isEqualTo(2);
        assertThat(unknown.err()).contains("--engine flink").contains("available: embedded");
        CliRun master =
                CliRun.of("train", data().toString(), "-o", dir.resolve("m").toString(), "--master", "local[2]");
        assertThat(master.exitCode()).isEqualTo(2);
        assertThat(master.err()).contains("--master applies to --engine spark");
    }

    @Test
    void trainingAgainReplacesTheModelAndOptionsAreRecorded() throws IOException {
        Path model = dir.resolve("model");
        assertThat(CliRun.of("train", data().toString(), "-o", model.toString()).exitCode())
                .isZero();
        CliRun again = CliRun.of("train", data().toString(), "-o", model.toString(), "--drop-duplicates");
        assertThat(again.exitCode()).as(again.err()).isZero();
        assertThat(new ModelReader().read(model).metadata().options()).containsEntry("dropDuplicates", "true");
    }

    @Test
    void aCorruptModelIsExitTwoNamingTheFile() throws IOException {
        Path model = dir.resolve("model");
        CliRun.of("train", data().toString(), "-o", model.toString());
        Path products = ModelDirectory.files(model).resolve("products.bin");
        byte[] b = Files.readAllBytes(products);
        b[10] ^= 0x20;
        Files.write(products, b);
        CliRun run = CliRun.of(
                "report",
                "--model",
                model.toString(),
                "-o",
                dir.resolve("r.html").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("products.bin").contains("corrupt").doesNotContain("\tat ");
        assertThat(dir.resolve("r.html")).doesNotExist();
    }

    @Test
    void trainRefusesToOverwriteADirectoryThatIsNotAModel() throws IOException {
        Path docs = dir.resolve("docs");
        Files.createDirectories(docs);
        Files.writeString(docs.resolve("notes.txt"), "keep me");
        CliRun run = CliRun.of("train", data().toString(), "-o", docs.toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("refusing to replace").contains("notes.txt");
        assertThat(docs.resolve("notes.txt")).exists();
    }

    @Test
    void reportIsOneSelfContainedFileWithDataEscaped() throws IOException {
        Path html = dir.resolve("out/report.html");
        CliRun run = CliRun.of("report", data().toString(), "-o", html.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        String text = Files.readString(html);
        assertThat(text)
                .contains("<script type=\"application/json\" id=\"chart-data\">")
                .contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; LANTERN")
                .doesNotContain("<script>alert(")
                .doesNotContain("src=\"http")
                .doesNotContain("<script src=")
                .doesNotContain("href=\"/products")
                .doesNotContain("href=\"/inventory");
        assertThat(text)
                .contains("<h2 class=\"section\">Inventory</h2>")
                .contains("<table class=\"num\" id=\"matrix\">")
                .contains("<h2 class=\"section\">Frequently bought together</h2>")
                .contains("<table class=\"products\" id=\"rules\">")
                .doesNotContain("href=\"/baskets");
        assertThat(text).contains("echarts").hasSizeGreaterThan(500_000);
    }

    @Test
    void reportFromTheModelEqualsReportFromTheData() throws IOException {
        Path model = dir.resolve("model");
        CliRun.of("train", data().toString(), "-o", model.toString());
        assertThat(CliRun.of(
                                "report",
                                "--model",
                                model.toString(),
                                "-o",
                                dir.resolve("a.html").toString())
                        .exitCode())
                .isZero();
        String fromModel = Files.readString(dir.resolve("a.html"));
        assertThat(fromModel).contains("HAND WARMER UNION JACK").contains("Cleaning report");
        CliRun both = CliRun.of("report", data().toString(), "--model", model.toString(), "-o", "x.html");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("either a data FILE or --model DIR");
    }

    @Test
    void serveAnswersOverHttpUntilStopped() throws Exception {
        StringWriter out = new StringWriter();
        CommandLine cl = SpectrumCommand.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cl.execute(
                "serve", "--data", dataUnchecked().toString(), "--port", "0", "--allowed-hosts", "shop.example"));
        Matcher url = waitForUrl(out);
        HttpResponse<String> health = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url.group() + "api/health"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        JsonNode j = Json.mapper().readTree(health.body());
        assertThat(j.get("customers").asInt()).isEqualTo(3);
        assertThat(url.group()).startsWith("http://127.0.0.1:");
        int port = URI.create(url.group()).getPort();
        assertThat(statusWithHost(port, "shop.example")).isEqualTo("HTTP/1.1 200 OK");
        assertThat(statusWithHost(port, "localhost:" + port)).isEqualTo("HTTP/1.1 200 OK");
        assertThat(statusWithHost(port, "evil.example")).isEqualTo("HTTP/1.1 421 Misdirected Request");
        ((ServeCommand) cl.getSubcommands().get("serve").getCommand()).stop();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    @Test
    void uploadIsOnForLoopbackAndRefusedOnOtherHostsWithoutAllowUpload() throws Exception {
        for (boolean allow : new boolean[] {false, true}) {
            StringWriter out = new StringWriter();
            CommandLine cl = SpectrumCommand.newCommandLine();
            cl.setOut(new PrintWriter(out, true));
            cl.setErr(new PrintWriter(new StringWriter(), true));
            java.util.List<String> args = new java.util.ArrayList<>(java.util.List.of(
                    "serve", "--data", dataUnchecked().toString(), "--port", "0", "--host", "0.0.0.0"));
            if (allow) {
                args.add("--allow-upload");
            }
            CompletableFuture<Integer> exit =
                    CompletableFuture.supplyAsync(() -> cl.execute(args.toArray(String[]::new)));
            int port = URI.create(waitForUrl(out).group()).getPort();
            HttpResponse<String> page = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/upload"))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            if (allow) {
                assertThat(page.statusCode()).isEqualTo(200);
                assertThat(page.body()).contains("type=\"file\"").contains("at most 200 MB");
                assertThat(out.toString()).contains("/upload");
            } else {
                assertThat(page.statusCode()).isEqualTo(403);
                assertThat(page.body()).contains("--allow-upload");
            }
            ((ServeCommand) cl.getSubcommands().get("serve").getCommand()).stop();
            assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
        }
        CliRun bad = CliRun.of("serve", "--model", "m", "--max-upload-mb", "0");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--max-upload-mb").doesNotContain("Exception");
    }

    /** The status line of GET /api/health with this Host header (HttpClient does not let a caller set Host). */
    private static String statusWithHost(int port, String host) throws IOException {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            s.getOutputStream()
                    .write(("GET /api/health HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                            .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return answer.substring(0, answer.indexOf("\r\n"));
        }
    }

    @Test
    void aBadAllowedHostIsExit2NamingIt() {
        CliRun bad = CliRun.of("serve", "--model", "m", "--allowed-hosts", "shop.example,http://x");
        assertThat(bad.exitCode()).isEqualTo(2);
        assertThat(bad.err()).contains("--allowed-hosts").contains("'http://x'").doesNotContain("Exception");
    }

    @Test
    void serveNeedsExactlyOneSource() {
        assertThat(CliRun.of("serve").exitCode()).isEqualTo(2);
        CliRun both = CliRun.of("serve", "--model", "m", "--data", "d.csv");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("mutually exclusive");
        CliRun missing = CliRun.of("serve", "--model", dir.resolve("none").toString());
        assertThat(missing.exitCode()).isEqualTo(2);
        assertThat(missing.err()).contains("model directory not found");
    }

    private Path dataUnchecked() {
        try {
            return data();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Matcher waitForUrl(StringWriter out) throws InterruptedException {
        Pattern p = Pattern.compile("http://[0-9.]+:[0-9]+/");
        for (int i = 0; i < 600; i++) {
            Matcher m = p.matcher(out.toString());
            if (m.find()) {
                return m;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("serve printed no address: " + out);
    }
}
