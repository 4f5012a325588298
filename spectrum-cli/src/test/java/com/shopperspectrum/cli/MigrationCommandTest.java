package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.view.MigrationCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spectrum migration} on the small shop ({@link CliRun#shop}: last purchase 2011-06-25). */
class MigrationCommandTest {
    @TempDir
    Path dir;

    @Test
    void theDefaultsAreTheDayAfterTheDataAnd90DaysBefore() throws IOException {
        CliRun run = CliRun.of("migration", CliRun.shop(dir).toString(), "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = Json.mapper().readTree(run.out());
        assertThat(root.path("from").asText()).isEqualTo("2011-03-28");
        assertThat(root.path("to").asText()).isEqualTo("2011-06-26");
        // customers 1, 2 and 3 bought before 28 March; 4, 5 and 6 after
        assertThat(root.path("customersFrom").asInt()).isEqualTo(3);
        assertThat(root.path("customersTo").asInt()).isEqualTo(6);
        for (String matrix : List.of("segments", "rfmSegments")) {
            JsonNode m = root.path(matrix);
            JsonNode totals = m.path("rowTotals");
            assertThat(m.path("rows").get(totals.size() - 1).asText()).isEqualTo("not yet a customer");
            assertThat(totals.get(totals.size() - 1).asInt()).as(matrix).isEqualTo(3);
            int sum = 0;
            for (JsonNode t : totals) {
                sum += t.asInt();
            }
            assertThat(sum).as(matrix).isEqualTo(6);
        }
        JsonNode months = root.path("history").path("months");
        assertThat(months.get(0).path("monthEnd").asText()).isEqualTo("2011-01-31");
        assertThat(months.get(months.size() - 1).path("monthEnd").asText()).isEqualTo("2011-06-25");
        assertThat(months.get(2).path("newCustomers").asInt()).isEqualTo(1);
        assertThat(root.path("segmentation").path("centroids")).hasSize(4);
    }

    @Test
    void writesOneRowPerCustomerAndPrintsTheMatrices() throws IOException {
        Path csv = dir.resolve("moves.csv");
        CliRun run = CliRun.of(
                "migration",
                CliRun.shop(dir).toString(),
                "--from",
                "2011-04-01",
                "--to",
                "2011-06-22",
                "-o",
                csv.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Migration from 2011-04-01 to 2011-06-22: 3 customers as of 2011-04-01, 5 as of 2011-06-22")
                .contains("not yet a customer")
                .contains("k-means segments at each month end")
                .contains("wrote 5 customers to");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0))
                .isEqualTo(MigrationCsv.HEADER)
                .isEqualTo("customer_id,segment_from,segment_to,rfm_segment_from,rfm_segment_to,recency_from,"
                        + "recency_to,frequency_from,frequency_to,monetary_from,monetary_to");
        assertThat(lines).hasSize(6);
        // customer 1: 10 January (22.5), then 21 June (B - 1: recency 1, two invoices, 27.45)
        assertThat(lines.get(1)).startsWith("1,").endsWith(",81,1,1,2,22.5,27.45");
        // customer 4 first bought on 10 April, after A: no state as of A
        assertThat(lines.get(4)).startsWith("4,,").contains(",,73,,1,,");
    }

    @Test
    void datesOutOfOrderOrOutsideTheDataAreExitTwo() throws IOException {
        String shop = CliRun.shop(dir).toString();
        assertBad(
                CliRun.of("migration", shop, "--from", "2011-06-26", "--to", "2011-06-26"),
                "--from 2011-06-26 must be before --to 2011-06-26");
        assertBad(CliRun.of("migration", shop, "--to", "2012-01-01"), "--to 2012-01-01 is outside the data");
        assertBad(
                CliRun.of("migration", shop, "--to", "2011-02-01"),
                "--from (by default 90 days before --to) 2010-11-03 is outside the data");
        assertBad(CliRun.of("migration", shop, "--from", "2011-01-10"), "--from 2011-01-10 is outside the data");
        assertBad(CliRun.of("migration", shop, "--as-of", "2011-05-01"), "--as-of 2011-05-01 does not apply");
        assertBad(CliRun.of("migration", shop, "--from", "yesterday"), "--from");
        // a directory that is not a model (the model part: CohortModelCommandTest)
        assertBad(CliRun.of("migration", "--model", dir.toString()), dir.toString());
    }

    private static void assertBad(CliRun run, String message) {
        assertThat(run.exit()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains(message).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
