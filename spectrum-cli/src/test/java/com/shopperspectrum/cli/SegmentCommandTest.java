package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SegmentCommandTest {
    @TempDir
    Path dir;

    /** Result of one in-process run. */
    record Run(int exit, String out, String err) {}

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        var cl = SpectrumCommand.newCommandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * Twelve customers in the UCI layout, last purchase day 2011-12-09: three big loyal spenders, three regulars,
     * three recent one-timers, three long gone; plus a cancellation and a row without customer (cleaned away).
     */
    static Path retailFile(Path dir) throws IOException {
        int[] recency = {2, 3, 1, 20, 25, 18, 5, 8, 6, 300, 280, 350};
        int[] frequency = {40, 35, 50, 8, 6, 7, 1, 1, 2, 1, 2, 1};
        double[] monetary = {9000, 7000, 12000, 1500, 1200, 1300, 100, 80, 150, 90, 200, 60};
        LocalDate snapshot = LocalDate.of(2011, 12, 10);
        List<String> lines = new ArrayList<>();
        lines.add("InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country");
        int invoice = 500000;
        for (int c = 0; c < recency.length; c++) {
            for (int i = 0; i < frequency[c]; i++) {
                LocalDate day = snapshot.minusDays(recency[c] + 3L * i);
                lines.add((invoice++) + ",85123A,\"HEART, WHITE\",1," + day + " 10:00:00," + monetary[c] / frequency[c]
                        + "," + (12346 + c) + "," + (c % 4 == 0 ? "France" : "United Kingdom"));
            }
        }
        lines.add("C600000,85123A,HEART,-1,2011-12-01 10:00:00,2.5,12346,France");
        lines.add("600001,85123A,HEART,1,2011-12-01 10:00:00,2.5,,United Kingdom");
        Path file = dir.resolve("retail.csv");
        Files.write(file, lines);
        return file;
    }

    @Test
    void writesOneRowPerCustomerWithTheExactHeader() throws IOException {
        Path out = dir.resolve("segments.csv");

        Run run = run("segment", retailFile(dir).toString(), "-o", out.toString());

        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0))
                .isEqualTo(
                        "customer_id,recency,frequency,monetary,cluster,segment,r_score,f_score,m_score,rfm_segment");
        assertThat(lines).hasSize(13);
        assertThat(lines.get(3)).startsWith("12348,1,50,12000,0,High-Value,5,5,5,");
        assertThat(lines.get(12)).startsWith("12357,350,1,60,3,At-Risk,1,1,1,Lost");
        assertThat(run.out())
                .contains(
                        "12 customers (snapshot 2011-12-10) in 4 segments",
                        "High-Value",
                        "Regular",
                        "Occasional",
                        "At-Risk",
                        "Champions",
                        "wrote " + out);
    }

    @Test
    void jsonSummaryHasTheDocumentedKeys() throws IOException {
        Run run = run(
                "segment",
                retailFile(dir).toString(),
                "-o",
                dir.resolve("s.csv").toString(),
                "--json",
                "--k",
                "auto");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("k").asInt()).isBetween(2, 10);
        assertThat(json.get("transform").asText()).isEqualTo("log");
        assertThat(json.get("inertia").isNumber()).isTrue();
        assertThat(json.get("silhouette").isNumber()).isTrue();
        assertThat(json.get("kSelection")).hasSize(9);
        assertThat(json.get("kSelection").get(0).has("daviesBouldin")).isTrue();
        assertThat(json.get("kSelectionReason").asText()).contains("elbow");
        JsonNode first = json.get("segments").get(0);
        for (String key : List.of(
                "name",
                "cluster",
                "customers",
                "revenue",
                "recencyMean",
                "frequencyMean",
                "monetaryMean",
                "topCountries")) {
            assertThat(first.has(key)).as(key).isTrue();
        }
        assertThat(json.get("segments")).hasSize(json.get("k").asInt());
    }

    @Test
    void noneTransformAndSeedAreHonoured() throws IOException {
        Path file = retailFile(dir);
        Run a = run(
                "segment",
                file.toString(),
                "-o",
                dir.resolve("a.csv").toString(),
                "--transform",
                "none",
                "--seed",
                "7",
                "--restarts",
                "3",
                "--json");
        Run b = run(
                "segment",
                file.toString(),
                "-o",
                dir.resolve("b.csv").toString(),
                "--transform",
                "NONE",
                "--seed",
                "7",
                "--restarts",
                "3",
                "--json");

        assertThat(a.exit()).as(a.err()).isZero();
        assertThat(new ObjectMapper().readTree(a.out()).get("transform").asText())
                .isEqualTo("none");
        assertThat(Files.readAllLines(dir.resolve("a.csv"))).isEqualTo(Files.readAllLines(dir.resolve("b.csv")));
    }

    @Test
    void asOfMovesTheSnapshotAndIgnoresLaterPurchases() throws IOException {
        Path out = dir.resolve("asof.csv");

        Run run = run("segment", retailFile(dir).toString(), "-o", out.toString(), "--as-of", "2011-12-08", "--k", "2");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("(snapshot 2011-12-08)");
        assertThat(Files.readAllLines(out))
                .filteredOn(l -> l.startsWith("12348,"))
                .singleElement()
                .asString()
                .startsWith("12348,2,49,");
    }

    @Test
    void badOptionsExitWithTwoAndSayWhy() throws IOException {
        String file = retailFile(dir).toString();
        String out = dir.resolve("x.csv").toString();

        assertInvalid(
                run("segment", file, "-o", out, "--k", "0"),
                "'0' is out of range; give a whole number 1..100 or 'auto'");
        assertInvalid(run("segment", file, "-o", out, "--k", "many"), "'many' is out of range");
        assertInvalid(
                run("segment", file, "-o", out, "--k", "13"), "k must be at most the number of customers (12), got 13");
        assertInvalid(
                run("segment", file, "-o", out, "--restarts", "0"),
                "option --restarts: 0 is out of range; give 1..1000");
        assertInvalid(run("segment", file, "-o", out, "--transform", "sqrt"), "--transform");
        assertInvalid(run("segment", file, "-o", out, "--as-of", "2010-01-01"), "no customers to segment");
        assertInvalid(run("segment", dir.resolve("missing.csv").toString(), "-o", out), "no such file");
        assertInvalid(run("segment", file), "-o");
        assertThat(Files.exists(dir.resolve("x.csv"))).isFalse();
    }

    @Test
    void withoutPricesSegmentsOnRecencyAndFrequencyAndSaysSo() throws IOException {
        Path file = dir.resolve("baskets.csv");
        Files.write(
                file,
                List.of(
                        "cust,basket,ts,item,qty",
                        "1,b1,2011-12-01 10:00,A,1",
                        "1,b2,2011-12-05 10:00,A,2",
                        "2,b3,2011-11-01 10:00,B,1",
                        "3,b4,2011-12-08 10:00,A,1",
                        "3,b5,2011-12-08 12:00,C,3",
                        "3,b6,2011-10-08 12:00,C,3",
                        "4,b7,2011-06-08 12:00,C,3"));
        Path out = dir.resolve("np.csv");
        String columns = "customer=cust,invoice=basket,date=ts,product=item,quantity=qty";

        Run run = run("segment", file.toString(), "-o", out.toString(), "--columns", columns, "--k", "2");
        Run predict = run(
                "predict-segment",
                "--data",
                file.toString(),
                "--columns",
                columns,
                "--k",
                "2",
                "--recency",
                "2",
                "--frequency",
                "3",
                "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("the data has no prices, so monetary value is unavailable");
        assertThat(run.out()).contains("recency and frequency only").doesNotContain("NaN");
        assertThat(Files.readAllLines(out))
                .contains("3,1,3,,0,High-Value,5,5,,Champions", "4,184,1,,1,At-Risk,1,1,,Lost");
        assertThat(predict.exit()).as(predict.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(predict.out());
        assertThat(json.get("mScore").isNull()).isTrue();
        assertThat(json.get("segment").asText()).isEqualTo("High-Value");
    }

    static void assertInvalid(Run run, String message) {
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception");
    }
}
