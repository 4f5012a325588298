package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.io.Json;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileCommandTest {
    static final String UCI = """
            InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country
            536365,85123A,WHITE HANGING HEART T-LIGHT HOLDER,6,2010-12-01 08:26:00,2.55,17850,United Kingdom
            536365,71053,WHITE METAL LANTERN,6,2010-12-01 08:26:00,3.39,17850,United Kingdom
            536366,22633,HAND WARMER UNION JACK,6,2010-12-02 08:28:00,1.85,13047,United Kingdom
            536367,22633,HAND WARMER UNION JACK,2,2010-12-02 08:28:00,1.85,,United Kingdom
            C536368,22633,HAND WARMER UNION JACK,-1,2010-12-02 08:30:00,1.85,13047,United Kingdom
            536369,POST,POSTAGE,1,2010-12-03 09:00:00,18.00,12680,France
            536370,22633,HAND WARMER UNION JACK,1,2010-12-03 09:00:00,0,12680,France
            """;

    @TempDir
    Path dir;

    Path write(String content) throws IOException {
        Path f = dir.resolve("t.csv");
        Files.writeString(f, content);
        return f;
    }

    @Test
    void printsTheCleaningCountsAndSummaryAsText() throws IOException {
        CliRun run = CliRun.of("profile", write(UCI).toString());
        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .containsPattern("missingCustomer\\s+1")
                .containsPattern("cancelled\\s+1")
                .containsPattern("nonPositivePrice\\s+1")
                .containsPattern("clean\\s+4")
                .contains("3 customers, 4 products, 3 invoices, 2 countries")
                .contains("Revenue     64.74");
    }

    @Test
    void printsOneJsonObjectWithTheDocumentedKeys() throws IOException {
        CliRun run = CliRun.of("profile", write(UCI).toString(), "--json");
        assertThat(run.exitCode()).isZero();
        JsonNode j = Json.mapper().readTree(run.out());
        assertThat(j.at("/rows/raw").asLong()).isEqualTo(7);
        assertThat(j.at("/rows/clean").asLong()).isEqualTo(4);
        assertThat(j.at("/customers").asLong()).isEqualTo(3);
        assertThat(j.at("/revenue").asDouble())
                .isEqualTo(15.3 + 20.34 + 11.1 + 18.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(j.at("/firstDate").asText()).isEqualTo("2010-12-01T08:26:00");
        assertThat(j.at("/quality/nonProductRows").asLong()).isEqualTo(1);
        assertThat(j.at("/topProducts/byQuantity/0/stockCode").asText()).isIn("85123A", "71053", "22633");
        assertThat(j.at("/monthly/0/month").asText()).isEqualTo("2010-12");
        assertThat(j.at("/byCountry/0/country").asText()).isEqualTo("United Kingdom");
        assertThat(j.at("/rfm/recency/max").asDouble()).isEqualTo(3.0);
    }

    @Test
    void optionalRulesAreCountedWhenApplied() throws IOException {
        CliRun run = CliRun.of("profile", write(UCI).toString(), "--json", "--drop-non-products");
        JsonNode j = Json.mapper().readTree(run.out());
        assertThat(j.at("/rows/nonProducts").asLong()).isEqualTo(1);
        assertThat(j.at("/rows/clean").asLong()).isEqualTo(3);
    }

    @Test
    void missingFileIsExitTwoWithTheNameAndNoStackTrace() {
        CliRun run = CliRun.of("profile", dir.resolve("nope.csv").toString());
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("nope.csv").doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void unknownOptionIsAUsageErrorWithExitTwo() {
        CliRun run = CliRun.of("profile", "x.csv", "--no-such-option");
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option");
    }
}
