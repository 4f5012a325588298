package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.io.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reading options of every command (--columns, --date-format, --encoding) and how bad input ends. */
class ReadingOptionsCliTest {
    private static final String UCI =
            "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID," + "Country";

    @TempDir
    Path dir;

    private Path write(String name, String text, java.nio.charset.Charset charset) throws IOException {
        return Files.write(dir.resolve(name), text.getBytes(charset));
    }

    @Test
    void columnsMapAnotherLayout() throws IOException {
        Path file = write(
                "baskets.csv",
                "household_id,basket_id,product_id,qty,sales_value,ts\n"
                        + "2375,1,1004906,2,2.78,2011-01-01 10:00:00\n1364,2,842930,1,2.19,2011-01-02 12:00:00\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of(
                "profile",
                file.toString(),
                "--json",
                "--columns",
                "customer=household_id,product=product_id,invoice=basket_id,date=ts,quantity=qty,amount=sales_value");

        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode j = Json.mapper().readTree(run.out());
        assertThat(j.at("/input/layout").asText()).isEqualTo("mapped");
        assertThat(j.at("/rows/clean").asLong()).isEqualTo(2);
        assertThat(j.at("/revenue").asDouble()).isCloseTo(4.97, org.assertj.core.api.Assertions.within(1e-9));
    }

    @Test
    void anUnknownLayoutIsExitTwoAskingForColumns() throws IOException {
        Path file = write("baskets.csv", "household_id,basket_id\n1,2\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("profile", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains("'household_id', 'basket_id'")
                .contains("--columns")
                .doesNotContain("\tat ");
    }

    @Test
    void aBadValueIsExitTwoWithFileLineColumnAndValue() throws IOException {
        Path file = write(
                "data.csv",
                UCI + "\n1,A,d,6,2010-12-01 08:26:00,2.55,17850,UK\n" + "2,B,d,abc,2010-12-01 08:26:00,2.55,17850,UK\n",
                StandardCharsets.UTF_8);

        CliRun run = CliRun.of("profile", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err())
                .contains(file + ": line 3, column Quantity: 'abc' is not a whole number")
                .doesNotContain("Exception")
                .doesNotContain("\tat ");
    }

    @Test
    void latin1WithSlashDatesReadsWithAWarningAndTheGivenFormat() throws IOException {
        Path file = write(
                "kaggle.csv",
                UCI + "\n1,gift_0001_20,Voucher £20,1,1/12/2010 8:26,17.02,17850.0,UK\n"
                        + "2,B,d,2,3/12/2010 9:00,2.5,17850.0,UK\n",
                StandardCharsets.ISO_8859_1);

        CliRun ambiguous = CliRun.of("profile", file.toString());
        CliRun run = CliRun.of("profile", file.toString(), "--json", "--date-format", "d/M/yyyy H:mm");

        assertThat(ambiguous.exitCode()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("--date-format");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: " + file + ": not valid UTF-8");
        JsonNode j = Json.mapper().readTree(run.out());
        assertThat(j.at("/input/encoding").asText()).isEqualTo("ISO-8859-1");
        assertThat(j.at("/firstDate").asText()).startsWith("2010-12-01T08:26");
        assertThat(j.at("/lastDate").asText()).startsWith("2010-12-03T09:00");
    }

    @Test
    void anUnknownEncodingIsExitTwo() throws IOException {
        Path file = write("data.csv", UCI + "\n1,A,d,6,2010-12-01 08:26:00,2.55,17850,UK\n", StandardCharsets.UTF_8);

        CliRun run = CliRun.of("profile", file.toString(), "--encoding", "KLINGON-8");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--encoding: unknown charset 'KLINGON-8'");
    }
}
