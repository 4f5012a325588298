package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.core.data.RealData;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.view.BasketRulesView;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code spectrum baskets}. The small shop ({@link CliRun#shop}) has 8 baskets once POST is left out: {100, 200},
 * {100, 200, 300}, {300, 400}, {100, 300}, {200}, {300}, {400}, {300}; 100 and 200 are in 3 each, 300 in 5, 400 in
 * 2; {100, 200} and {100, 300} in 2 each, {200, 300} and {300, 400} in 1.
 */
class BasketsCommandTest {
    @TempDir
    Path dir;

    @Test
    void rulesOfTheSmallShopByHand() throws IOException {
        CliRun run = CliRun.of("baskets", CliRun.shop(dir).toString(), "--min-support", "2", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = Json.mapper().readTree(run.out());
        assertThat(root.get("baskets").asInt()).isEqualTo(8);
        JsonNode rules = root.get("rules");
        assertThat(rules.size()).isEqualTo(4); // both ways of {100, 200} and of {100, 300}, all lift >= 1
        JsonNode first = rules.get(0); // highest lift: 100 => 200 or 200 => 100, lift (2/3) / (3/8) = 16/9
        assertThat(first.get("lift").asDouble()).isCloseTo(16.0 / 9, within(1e-12));
        assertThat(first.get("support").asDouble()).isEqualTo(0.25);
        assertThat(first.get("confidence").asDouble()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(first.get("leverage").asDouble()).isCloseTo(0.25 - 9.0 / 64, within(1e-12));
        assertThat(first.get("conviction").asDouble()).isCloseTo((1 - 3.0 / 8) / (1 - 2.0 / 3), within(1e-12));
        assertThat(first.get("basketsBoth").asInt()).isEqualTo(2);
        JsonNode last = rules.get(3); // 100 => 300 or 300 => 100: lift 16/15
        assertThat(last.get("lift").asDouble()).isCloseTo(16.0 / 15, within(1e-12));
    }

    @Test
    void writesEveryRuleAsCsv() throws IOException {
        Path csv = dir.resolve("rules.csv");
        CliRun run = CliRun.of(
                "baskets",
                CliRun.shop(dir).toString(),
                "--min-support",
                "2",
                "--sort",
                "support",
                "-o",
                csv.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0))
                .isEqualTo(BasketRulesView.CSV_HEADER)
                .isEqualTo("antecedent,consequent,baskets_both,baskets_antecedent,baskets_consequent,support,"
                        + "confidence,lift,leverage,conviction");
        assertThat(lines).hasSize(5);
        assertThat(run.out()).contains("RED MUG").contains("BLUE MUG");
    }

    @Test
    void badOptionsAreExit2NamingTheOptionAndValue() throws IOException {
        String shop = CliRun.shop(dir).toString();
        CliRun items = CliRun.of("baskets", shop, "--max-items", "5");
        assertThat(items.exit()).isEqualTo(2);
        assertThat(items.err()).contains("--max-items").contains("5").doesNotContain("Exception");
        CliRun support = CliRun.of("baskets", shop, "--min-support", "0");
        assertThat(support.exit()).isEqualTo(2);
        assertThat(support.err()).contains("--min-support").doesNotContain("Exception");
        CliRun count = CliRun.of("baskets", shop, "--min-support", "9");
        assertThat(count.exit()).isEqualTo(2);
        assertThat(count.err()).contains("--min-support 9").contains("(8)");
        CliRun country = CliRun.of("baskets", shop, "--country", "United Kingdon");
        assertThat(country.exit()).isEqualTo(2);
        assertThat(country.err()).contains("'United Kingdon'").contains("did you mean 'United Kingdom'");
    }

    @Test
    void whenNothingPassesItSaysWhatEachThresholdRemoved() throws IOException {
        CliRun run = CliRun.of("baskets", CliRun.shop(dir).toString(), "--min-support", "3");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).containsIgnoringCase("no rule").contains("--min-support");
    }

    /** The published France example through the command's own options (see BasketReferenceTest). */
    @Test
    void thePublishedFranceExampleThroughTheOptions() throws IOException {
        CliRun run = CliRun.of(
                "baskets",
                RealData.file(RealData.ONLINE_RETAIL).toString(),
                "--cleaning",
                "original",
                "--country",
                "France",
                "--item",
                "description",
                "--min-support",
                "0.07",
                "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = Json.mapper().readTree(run.out());
        assertThat(root.get("baskets").asInt()).isEqualTo(392);
        assertThat(root.get("rules").size()).isEqualTo(20);
        boolean found = false;
        for (JsonNode r : root.get("rules")) {
            if (r.get("antecedent").get(0).asText().equals("ALARM CLOCK BAKELIKE GREEN")
                    && r.get("consequent").get(0).asText().equals("ALARM CLOCK BAKELIKE RED")) {
                assertThat(r.get("confidence").asDouble()).isCloseTo(0.815789, within(1e-6));
                assertThat(r.get("lift").asDouble()).isCloseTo(8.642959, within(1e-6));
                found = true;
            }
        }
        assertThat(found).isTrue();
        assertRule(root, "ALARM CLOCK BAKELIKE PINK", "ALARM CLOCK BAKELIKE GREEN", 0.725, 7.478947);
        assertRule(root, "SET/6 RED SPOTTY PAPER PLATES", "SET/6 RED SPOTTY PAPER CUPS", 0.96, 6.968889);
        for (JsonNode r : root.get("rules")) {
            assertThat(r.get("lift").asDouble()).isGreaterThanOrEqualTo(1);
            assertThat(r.get("antecedent").size() + r.get("consequent").size()).isEqualTo(2);
        }
    }

    private static void assertRule(
            JsonNode root, String antecedent, String consequent, double confidence, double lift) {
        JsonNode rule = null;
        for (JsonNode r : root.get("rules")) {
            if (r.get("antecedent").get(0).asText().equals(antecedent)
                    && r.get("consequent").get(0).asText().equals(consequent)) {
                rule = r;
            }
        }
        assertThat(rule).as(antecedent + " => " + consequent).isNotNull();
        assertThat(rule.get("confidence").asDouble()).isCloseTo(confidence, within(1e-6));
        assertThat(rule.get("lift").asDouble()).isCloseTo(lift, within(1e-6));
    }

    @Test
    void moreBadOptionsNameTheOptionAndValue() throws IOException {
        String shop = CliRun.shop(dir).toString();
        bad(CliRun.of("baskets", shop, "--min-support", "1.5"), "--min-support", "'1.5'");
        bad(CliRun.of("baskets", shop, "--min-confidence", "0"), "--min-confidence", "(0, 1]");
        bad(CliRun.of("baskets", shop, "--sort", "price"), "--sort 'price' is not one of lift, support, confidence");
        bad(CliRun.of("baskets", shop, "--scope", "week"), "--scope 'week' is not one of invoice, customer-day");
    }

    @Test
    void theExplanationSuggestsAValueThatGivesRules() throws IOException {
        String shop = CliRun.shop(dir).toString();
        CliRun none = CliRun.of("baskets", shop, "--min-support", "0.9");
        assertThat(none.out()).contains("try --min-support 0.25 (the most frequent pair, 100 + 200, is in 2 of 8");
        CliRun retry = CliRun.of("baskets", shop, "--min-support", "0.25", "--json");
        assertThat(Json.mapper().readTree(retry.out()).get("rules").size()).isEqualTo(4);
    }

    @Test
    void dataWithoutInvoicesNeedsTheCustomerDayScope() throws IOException {
        Path file = dir.resolve("days.csv");
        Files.writeString(
                file,
                "StockCode,Quantity,InvoiceDate,UnitPrice,CustomerID\n"
                        + "100,1,2011-01-10 10:00:00,1.5,1\n200,1,2011-01-10 11:00:00,1.5,1\n"
                        + "100,1,2011-01-11 10:00:00,1.5,2\n200,1,2011-01-11 12:00:00,1.5,2\n"
                        + "100,1,2011-01-12 12:00:00,1.5,2\n");
        String columns = "customer=CustomerID,product=StockCode,date=InvoiceDate,quantity=Quantity,price=UnitPrice";
        bad(CliRun.of("baskets", file.toString(), "--columns", columns), "--scope invoice: the data has no invoice");
        CliRun run = CliRun.of(
                "baskets", file.toString(), "--columns", columns, "--scope", "customer-day", "--min-support", "2");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out()).contains("3 baskets (customer-days)").contains("2 rules");
    }

    private static void bad(CliRun run, String... parts) {
        assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(2);
        assertThat(run.err()).contains(parts).doesNotContain("Exception").doesNotContain("\tat ");
    }
}
