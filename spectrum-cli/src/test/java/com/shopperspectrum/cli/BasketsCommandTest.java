package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopperspectrum.core.data.RealData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spectrum baskets}: the published France example through the options, the outputs, bad input. */
class BasketsCommandTest {
    @TempDir
    Path dir;

    @Test
    void thePublishedFranceExampleThroughTheOptions() throws Exception {
        // the command adds --cleaning original: today's cleaning, which the lead wires in as that option
        String file = RealData.file(RealData.ONLINE_RETAIL).toString();
        CliRun run = CliRun.of(
                "baskets", file, "--country", "France", "--item", "description", "--min-support", "0.07", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("baskets").asInt()).isEqualTo(392);
        JsonNode rules = root.get("rules");
        assertThat(rules).hasSize(20);
        assertThat(rule(rules, "ALARM CLOCK BAKELIKE GREEN", "ALARM CLOCK BAKELIKE RED")
                        .get("lift")
                        .asDouble())
                .isBetween(8.642959 - 1e-6, 8.642959 + 1e-6);
        JsonNode plates = rule(rules, "SET/6 RED SPOTTY PAPER PLATES", "SET/6 RED SPOTTY PAPER CUPS");
        assertThat(plates.get("confidence").asDouble()).isBetween(0.96 - 1e-6, 0.96 + 1e-6);
        assertThat(plates.get("lift").asDouble()).isBetween(6.968889 - 1e-6, 6.968889 + 1e-6);
        assertThat(rules.get(0).get("lift").asDouble())
                .isGreaterThanOrEqualTo(rules.get(19).get("lift").asDouble());
    }

    private static JsonNode rule(JsonNode rules, String antecedent, String consequent) {
        for (JsonNode r : rules) {
            if (r.get("antecedent").get(0).asText().equals(antecedent)
                    && r.get("consequent").get(0).asText().equals(consequent)) {
                return r;
            }
        }
        throw new AssertionError("no rule " + antecedent + " => " + consequent);
    }

    @Test
    void readableTextCsvAndJsonAgree() throws Exception {
        Path shop = CliRun.shop(dir);
        Path csv = dir.resolve("rules.csv");
        CliRun run = CliRun.of("baskets", shop.toString(), "--min-support", "2", "-o", csv.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        // invoices 1..8 (C9 cancelled): 8 baskets; 100+200 in invoices 1 and 2, 100+300 in 2 and 4
        assertThat(run.out()).contains("8 baskets (invoices) of 4 items").contains("wrote 4 rules to");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0))
                .isEqualTo("antecedent,consequent,baskets_both,baskets_antecedent,baskets_consequent,support,"
                        + "confidence,lift,leverage,conviction");
        assertThat(lines).contains("200,100,2,3,3,0.25,0.666667,1.777778,0.109375,1.875");
        CliRun json = CliRun.of("baskets", shop.toString(), "--min-support", "2", "--json", "--sort", "support");
        JsonNode root = new ObjectMapper().readTree(json.out());
        assertThat(root.get("settings").get("sort").asText()).isEqualTo("support");
        assertThat(root.get("rules")).hasSize(4);
        assertThat(root.get("removed").get("suggestion").isNull()).isTrue();
    }

    @Test
    void nothingPassingIsExplained() throws Exception {
        CliRun run = CliRun.of("baskets", CliRun.shop(dir).toString(), "--min-support", "0.9");
        assertThat(run.exit()).isZero();
        assertThat(run.out()).contains("no rule passed the thresholds").contains("try --min-support 0.25");
    }

    @Test
    void badInputNamesTheOptionAndValue() throws Exception {
        String shop = CliRun.shop(dir).toString();
        assertBad(CliRun.of("baskets", shop, "--min-support", "1.5"), "--min-support", "1.5");
        assertBad(CliRun.of("baskets", shop, "--min-support", "9"), "--min-support 9 is more baskets than there are");
        assertBad(CliRun.of("baskets", shop, "--max-items", "5"), "--max-items", "2..4");
        assertBad(CliRun.of("baskets", shop, "--min-confidence", "0"), "--min-confidence", "(0, 1]");
        assertBad(CliRun.of("baskets", shop, "--country", "United Kingdon"), "did you mean 'United Kingdom'");
        assertBad(CliRun.of("baskets", shop, "--sort", "price"), "--sort 'price' is not one of lift, support");
        assertBad(CliRun.of("baskets", shop, "--scope", "week"), "--scope 'week'");
    }

    @Test
    void dataWithoutInvoicesNeedsTheCustomerDayScope() throws Exception {
        Path file = dir.resolve("days.csv");
        Files.writeString(
                file,
                "StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
                        + "100,1,2011-01-10 10:00:00,1.5,1\n200,1,2011-01-10 11:00:00,1.5,1\n"
                        + "100,1,2011-01-11 10:00:00,1.5,2\n200,1,2011-01-11 12:00:00,1.5,2\n");
        assertBad(CliRun.of("baskets", file.toString()), "--scope invoice: the data has no invoice column");
        CliRun run = CliRun.of("baskets", file.toString(), "--scope", "customer-day", "--min-support", "2");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("2 baskets (customer-days)").contains("2 rules");
    }

    private static void assertBad(CliRun run, String... parts) {
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(parts).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
