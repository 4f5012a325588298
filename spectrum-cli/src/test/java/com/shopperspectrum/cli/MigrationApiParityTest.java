package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.shopperspectrum.core.data.RealData;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.model.ModelReader;
import com.shopperspectrum.web.ModelService;
import com.shopperspectrum.web.WebApp;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GET /api/migration?from=A&to=B} on a trained model is {@code spectrum migration FILE --from A --to B --json}
 * on the training file, to the byte, for month ends A before B (the fit as of B made by the web app from the
 * stored month-end RFM), and {@code /api/migration.csv} is its {@code -o} file.
 */
class MigrationApiParityTest {
    @TempDir
    Path dir;

    @Test
    void everyPairOfMonthEndsOfTheShopIsTheDataFilesAnswer() throws Exception {
        Path shop = CliRun.shop(dir);
        List<LocalDate[]> pairs = new ArrayList<>();
        SpectrumModel model = train(shop);
        List<LocalDate> points = model.cohorts().rfm().points();
        for (int b = 1; b < points.size(); b++) {
            for (int a = 0; a < b; a++) {
                pairs.add(new LocalDate[] {points.get(a), points.get(b)});
            }
        }
        assertThat(pairs).hasSizeGreaterThan(3);
        assertThat(assertSameBytes(shop, model, pairs))
                .as("pairs answered (the others: too few customers as of B for k, refused alike)")
                .isGreaterThan(3);
    }

    @Test
    void onlineRetailBetweenMonthEndsIsTheDataFilesAnswer() throws Exception {
        Path file = RealData.file(RealData.ONLINE_RETAIL);
        SpectrumModel model = train(file);
        List<LocalDate> points = model.cohorts().rfm().points();
        LocalDate end = points.get(points.size() - 1);
        int answered = assertSameBytes(
                file,
                model,
                List.of(
                        new LocalDate[] {LocalDate.of(2011, 3, 1), LocalDate.of(2011, 7, 1)},
                        new LocalDate[] {LocalDate.of(2011, 6, 1), end}));
        assertThat(answered).isEqualTo(2);
    }

    private SpectrumModel train(Path file) throws Exception {
        Path modelDir = dir.resolve("model");
        CliRun run = CliRun.of("train", file.toString(), "-o", modelDir.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        SpectrumModel model = new ModelReader().read(modelDir);
        assertThat(model.cohorts().rfm()).as("the month-end RFM").isNotNull();
        return model;
    }

    /** Asserts each pair's answers are the command's; the number of pairs answered (not refused by both). */
    private int assertSameBytes(Path file, SpectrumModel model, List<LocalDate[]> pairs) throws Exception {
        Javalin app = WebApp.create(new ModelService(model)).start("127.0.0.1", 0);
        int answered = 0;
        try {
            String base = "http://127.0.0.1:" + app.port();
            for (LocalDate[] p : pairs) {
                String query = "?from=" + p[0] + "&to=" + p[1];
                Path csv = dir.resolve("moves-" + p[0] + "-" + p[1] + ".csv");
                CliRun cli = CliRun.of(
                        "migration",
                        file.toString(),
                        "--from",
                        p[0].toString(),
                        "--to",
                        p[1].toString(),
                        "--json",
                        "-o",
                        csv.toString());
                HttpResponse<String> json = get(base + "/api/migration" + query);
                if (cli.exit() == 2) {
                    String why = cli.err().replaceFirst("^error: ", "").strip();
                    assertThat(json.statusCode()).as(json.body()).isEqualTo(400);
                    assertThat(json.body()).contains("to '" + p[1] + "'").contains(why);
                    continue;
                }
                assertThat(cli.exit()).as(cli.err()).isZero();
                assertThat(json.statusCode()).as(json.body()).isEqualTo(200);
                answered++;
                assertThat(json.body() + System.lineSeparator()).as(query).isEqualTo(cli.out());
                assertThat(get(base + "/api/migration.csv" + query).body())
                        .as(query)
                        .isEqualTo(Files.readString(csv));
            }
        } finally {
            app.stop();
        }
        return answered;
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
