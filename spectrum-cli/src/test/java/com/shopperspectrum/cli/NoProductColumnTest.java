package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopperspectrum.core.data.RealData;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.model.NoProducts;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.io.model.ModelReader;
import com.shopperspectrum.web.ModelService;
import com.shopperspectrum.web.WebApp;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files without a product column (as CDNOW): the commands that do not need products run, the others refuse. */
class NoProductColumnTest {
    static final String COLUMNS = "customer=cust,date=day,quantity=units,amount=spent";
    private static final String CDNOW_COLUMNS =
            "customer=customer_id,date=date,quantity=number_of_cds,amount=dollar_value";

    @TempDir
    Path dir;

    /** Four customers, three of whom buy again; no product, no invoice. */
    static Path orders(Path dir) throws IOException {
        Path file = dir.resolve("orders.csv");
        Files.writeString(
                file,
                String.join(
                        "\n",
                        "cust,day,units,spent",
                        "a,2011-01-03,2,20.00",
                        "a,2011-02-07,1,12.50",
                        "a,2011-05-02,3,31.00",
                        "b,2011-01-10,1,8.00",
                        "b,2011-04-11,2,17.00",
                        "c,2011-01-17,4,44.00",
                        "c,2011-01-24,1,9.00",
                        "c,2011-06-06,2,23.00",
                        "d,2011-02-14,1,5.00",
                        ""));
        return file;
    }

    @Test
    void profileSaysProductsAreNotInTheDataInsteadOfListingThem() throws Exception {
        Path file = orders(dir);
        CliRun json = CliRun.of("profile", file.toString(), "--columns", COLUMNS, "--json");
        assertThat(json.exitCode()).as(json.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("noProductColumn").asBoolean()).isTrue();
        assertThat(root.get("products").asLong()).isZero();
        assertThat(root.get("customers").asLong()).isEqualTo(4);
        assertThat(root.get("topProducts").get("byQuantity")).isEmpty();
        assertThat(root.get("topProducts").get("byRevenue")).isEmpty();
        assertThat(root.get("quality").get("codesWithSeveralDescriptions").asLong())
                .isZero();
        assertThat(json.out()).doesNotContain(TransactionTable.NO_PRODUCT);

        CliRun text = CliRun.of("profile", file.toString(), "--columns", COLUMNS);
        assertThat(text.exitCode()).as(text.err()).isZero();
        assertThat(text.out())
                .contains("Products    not in the data")
                .contains("4 customers, 9 invoices")
                .doesNotContain("Top products")
                .doesNotContain(TransactionTable.NO_PRODUCT);
    }

    @Test
    void aFileWithProductsStillListsThem() throws Exception {
        CliRun run = CliRun.of("profile", CliRun.shop(dir).toString(), "--json");
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("noProductColumn").asBoolean()).isFalse();
        assertThat(root.get("topProducts").get("byQuantity")).isNotEmpty();
    }

    @Test
    void segmentAndClvRunWithoutProducts() throws Exception {
        Path file = orders(dir);
        Path segments = dir.resolve("segments.csv");
        CliRun segment =
                CliRun.of("segment", file.toString(), "--columns", COLUMNS, "--k", "2", "-o", segments.toString());
        assertThat(segment.exitCode()).as(segment.err()).isZero();
        String rows = Files.readString(segments);
        assertThat(rows.lines()).hasSize(5);
        assertThat(rows).startsWith("customer_id,").doesNotContain(TransactionTable.NO_PRODUCT);

        Path customers = dir.resolve("clv.csv");
        CliRun clv = CliRun.of("clv", file.toString(), "--columns", COLUMNS, "-o", customers.toString());
        assertThat(clv.exitCode()).as(clv.err()).isZero();
        assertThat(Files.readString(customers).lines()).hasSize(5);
    }

    @Test
    void commandsAboutProductsRefuseAMappingWithoutOneBeforeReading() throws Exception {
        Path file = orders(dir);
        for (String command : new String[] {"baskets", "inventory", "evaluate"}) {
            CliRun run = CliRun.of(command, file.toString(), "--columns", COLUMNS);
            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(2);
            assertThat(run.err())
                    .as(command)
                    .contains("--columns maps no product column")
                    .doesNotContain("Exception");
        }
    }

    /** CDNOW (SOURCES.md: customer_id,date,number_of_cds,dollar_value): profile and segment without products. */
    @Test
    void cdnowProfilesAndSegmentsWithoutProducts() throws Exception {
        Path file = RealData.file(RealData.CDNOW_SAMPLE);
        CliRun profile = CliRun.of("profile", file.toString(), "--columns", CDNOW_COLUMNS, "--json");
        assertThat(profile.exitCode()).as(profile.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(profile.out());
        assertThat(root.get("noProductColumn").asBoolean()).isTrue();
        assertThat(root.get("customers").asLong()).isEqualTo(2349);
        assertThat(root.get("topProducts").get("byQuantity")).isEmpty();

        Path segments = dir.resolve("segments.csv");
        CliRun segment = CliRun.of("segment", file.toString(), "--columns", CDNOW_COLUMNS, "-o", segments.toString());
        assertThat(segment.exitCode()).as(segment.err()).isZero();
        assertThat(Files.readString(segments).lines()).hasSize(2349 + 1);
    }

    @Test
    void trainBuildsAModelWithoutProductPartsThatServeAndReportExplain() throws Exception {
        Path file = orders(dir);
        Path modelDir = dir.resolve("model");
        CliRun train = CliRun.of("train", file.toString(), "--columns", COLUMNS, "-o", modelDir.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(train.err()).contains("warning: " + NoProducts.WARNING);
        assertThat(train.out()).contains("neighbours none: no product column").doesNotContain("recommends ");

        SpectrumModel model = new ModelReader().read(modelDir);
        assertThat(model.hasProducts()).isFalse();
        assertThat(model.products().size()).isZero();
        assertThat(model.neighbours().size()).isZero();
        assertThat(model.demand()).isNull();
        assertThat(model.baskets()).isNull();
        assertThat(model.evaluation()).isNull();
        assertThat(model.customers().size()).isEqualTo(4);
        assertThat(model.segmentation()).isNotNull();
        assertThat(model.metadata().warnings()).contains(NoProducts.WARNING);

        Javalin app = WebApp.create(new ModelService(model)).start("127.0.0.1", 0);
        try {
            String base = "http://127.0.0.1:" + app.port();
            for (String path :
                    new String[] {"/", "/products", "/baskets", "/inventory", "/evaluation", "/customers/a"}) {
                HttpResponse<String> page = get(base + path);
                assertThat(page.statusCode()).as(path).isEqualTo(200);
                assertThat(page.body())
                        .as(path)
                        .contains("Products are not in the data")
                        .doesNotContain(TransactionTable.NO_PRODUCT);
            }
            HttpResponse<String> segments = get(base + "/segments");
            assertThat(segments.statusCode()).isEqualTo(200);
            assertThat(segments.body()).contains("Suggested:").doesNotContain("Cross-sell");
            assertThat(get(base + "/clv").statusCode()).isEqualTo(200);
            HttpResponse<String> api = get(base + "/api/customers/a/recommendations");
            assertThat(api.statusCode()).isEqualTo(404);
            assertThat(api.body()).contains("no recommendations: Products are not in the data");
            assertThat(get(base + "/api/customers/nobody/recommendations").body())
                    .contains("unknown customer");
        } finally {
            app.stop();
        }

        Path html = dir.resolve("report.html");
        CliRun report = CliRun.of("report", "--model", modelDir.toString(), "-o", html.toString());
        assertThat(report.exitCode()).as(report.err()).isZero();
        assertThat(Files.readString(html))
                .contains("Products are not in the data")
                .doesNotContain("best sellers also bought")
                .doesNotContain(TransactionTable.NO_PRODUCT);
    }

    @Test
    void similarAndRecommendOnAModelWithoutProductsExitTwoWithAPlainMessage() throws Exception {
        Path file = orders(dir);
        Path modelDir = dir.resolve("model");
        assertThat(CliRun.of("train", file.toString(), "--columns", COLUMNS, "-o", modelDir.toString())
                        .exitCode())
                .isZero();
        String[][] runs = {
            {"similar", "--model", modelDir.toString(), "X"},
            {"recommend", "--model", modelDir.toString(), "a"},
            {"recommend", "--model", modelDir.toString(), "--basket", "X"},
            {"inventory", "--model", modelDir.toString()},
        };
        for (String[] args : runs) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode())
                    .as(String.join(" ", args) + ": " + run.err())
                    .isEqualTo(2);
            assertThat(run.err())
                    .contains("was trained from data without a product column")
                    .contains("--columns product=HEADER")
                    .doesNotContain("Exception");
        }
        CliRun fromFile = CliRun.of("similar", "--data", file.toString(), "--columns", COLUMNS, "X");
        assertThat(fromFile.exitCode()).isEqualTo(2);
        assertThat(fromFile.err()).contains("--columns maps no product column, and similar is about products");
        assertThat(CliRun.of("clv", "--model", modelDir.toString()).exitCode()).isZero();
    }

    /** CDNOW trained into a model: customer value and segments, no product parts. */
    @Test
    void cdnowTrainsWithoutProducts() throws Exception {
        Path file = RealData.file(RealData.CDNOW_SAMPLE);
        Path modelDir = dir.resolve("cdnow");
        CliRun train = CliRun.of("train", file.toString(), "--columns", CDNOW_COLUMNS, "-o", modelDir.toString());
        assertThat(train.exitCode()).as(train.err()).isZero();
        SpectrumModel model = new ModelReader().read(modelDir);
        assertThat(model.hasProducts()).isFalse();
        assertThat(model.customers().size()).isEqualTo(2349);
        assertThat(model.clv()).isNotNull();
        assertThat(model.clv().customers()).hasSize(2357);
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
