package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

class DemoCommandTest {
    @TempDir
    Path dir;

    @Test
    void generatesTheSampleAndTrainsOnceThenReusesThemAndServesTheWebApp() throws Exception {
        CliRun first = CliRun.of("demo", "--dir", dir.toString(), "--no-serve");
        assertThat(first.exitCode()).as(first.err()).isZero();
        assertThat(first.out())
                .contains("Generated the built-in sample")
                .contains("200,000 raw")
                .contains("Model written to " + dir.resolve("model"));
        assertThat(Files.list(dir).filter(p -> p.toString().endsWith(".csv.gz")).count())
                .isEqualTo(1);

        StringWriter out = new StringWriter();
        CommandLine cl = SpectrumCommand.newCommandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        CompletableFuture<Integer> exit =
                CompletableFuture.supplyAsync(() -> cl.execute("demo", "--dir", dir.toString(), "--port", "0"));
        String url = waitForUrl(out);
        assertThat(out.toString()).contains("Using the built-in sample").contains("Using the trained model");
        HttpResponse<String> page = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Overview</h1>");
        ((DemoCommand) cl.getSubcommands().get("demo").getCommand()).stop();
        assertThat(exit.get(30, TimeUnit.SECONDS)).isZero();
    }

    private static String waitForUrl(StringWriter out) throws InterruptedException {
        Pattern p = Pattern.compile("http://127\\.0\\.0\\.1:[0-9]+/");
        for (int i = 0; i < 1200; i++) {
            Matcher m = p.matcher(out.toString());
            if (m.find()) {
                return m.group();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("demo printed no address: " + out);
    }
}
