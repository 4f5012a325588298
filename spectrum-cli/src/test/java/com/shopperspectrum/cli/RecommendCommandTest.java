package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecommendCommandTest {
    @TempDir
    Path dir;

    @Test
    void recommendsWithReasonsAsJson() throws Exception {
        // customer 3 has 300 and 400: 100 (via 300) and 200 (via 300) are the candidates
        CliRun r = CliRun.of(
                "recommend",
                "--data",
                CliRun.shop(dir).toString(),
                "3",
                "--model-type",
                "cosine",
                "--weighting",
                "binary",
                "--half-life",
                "0",
                "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("customer").asText()).isEqualTo("3");
        assertThat(json.get("fallback").asBoolean()).isFalse();
        JsonNode first = json.get("recommendations").get(0);
        assertThat(first.get("stockCode").asText()).isEqualTo("100");
        assertThat(first.get("description").asText()).isEqualTo("RED MUG");
        assertThat(first.get("score").asDouble())
                .isCloseTo(3 / Math.sqrt(15), org.assertj.core.api.Assertions.within(1e-6));
        assertThat(first.get("because").get(0).asText()).isEqualTo("300");
        assertThat(r.out()).doesNotContain("\"POST\"");
    }

    @Test
    void textNamesTheReasonAndBasketsWork() throws Exception {
        String data = CliRun.shop(dir).toString();
        CliRun r = CliRun.of(
                "recommend", "--data", data, "3", "-n", "1", "--model-type", "cosine", "--weighting", "binary");
        assertThat(r.out()).contains("Suggestions for customer 3").contains("because you bought 300");
        CliRun basket = CliRun.of(
                "recommend",
                "--data",
                data,
                "--basket",
                "400",
                "--from",
                "recommender",
                "-n",
                "1",
                "--model-type",
                "cosine",
                "--weighting",
                "binary");
        assertThat(basket.exit()).as(basket.err()).isZero();
        assertThat(basket.out()).contains("basket 400").contains("300").contains("because the basket has 400");
    }

    @Test
    void basketIsCompletedByThePairRules() throws Exception {
        // invoices {100,200} {100,200,300} {300,400} {100,300} {200} {300} {400} {300}: 8 baskets; 100 in 3, 200 in
        // 3, 300 in 5; 100 => 200: 2 of 3, lift (2/3)/(3/8) = 16/9; 100 => 300: lift (2/3)/(5/8) = 16/15; the rules
        // of 400 have lift 0.8 and are below the default min lift 1
        String data = CliRun.shop(dir).toString();
        CliRun r = CliRun.of("recommend", "--data", data, "--basket", "100", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("baskets").asInt()).isEqualTo(8);
        assertThat(json.get("products").findValuesAsText("stockCode")).containsExactly("200", "300");
        JsonNode first = json.get("products").get(0);
        assertThat(first.get("description").asText()).isEqualTo("BLUE MUG");
        assertThat(first.at("/rule/lift").asDouble()).isCloseTo(16.0 / 9, within(1e-6));
        assertThat(first.get("text").asText())
                .isEqualTo("bought together in 2 of 3 orders with 100; 1.8× more often than chance");
        assertThat(json.at("/products/1/rule/lift").asDouble()).isCloseTo(16.0 / 15, within(1e-6));

        CliRun both = CliRun.of("recommend", "--data", data, "--basket", "100,200,100", "--json");
        JsonNode bothJson = new ObjectMapper().readTree(both.out());
        assertThat(bothJson.get("items").findValuesAsText("items")).isEmpty();
        assertThat(bothJson.get("items").toString()).isEqualTo("[\"100\",\"200\"]");
        assertThat(bothJson.get("products").findValuesAsText("stockCode")).containsExactly("300");

        CliRun text = CliRun.of("recommend", "--data", data, "--basket", "100", "-n", "1");
        assertThat(text.out())
                .contains("Completing basket 100 (pair rules of 8 baskets")
                .contains("200          BLUE MUG")
                .contains("bought together in 2 of 3 orders with 100")
                .doesNotContain("GREEN TEAPOT");
        assertThat(CliRun.of("recommend", "--data", data, "--basket", "400").out())
                .contains("no rule has a product of this basket on its left side");
    }

    @Test
    void badBasketsExitWith2() throws Exception {
        String data = CliRun.shop(dir).toString();
        CliRun unknown = CliRun.of("recommend", "--data", data, "--basket", "100,XYZ");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("--basket: unknown stock code 'XYZ'").doesNotContain("Exception");
        assertThat(CliRun.of("recommend", "--data", data, "--basket", "MUG").err())
                .contains("unknown stock code 'MUG'; closest: ")
                .contains("RED MUG");
        CliRun halfLife = CliRun.of("recommend", "--data", data, "--basket", "100", "--half-life", "3");
        assertThat(halfLife.exit()).isEqualTo(2);
        assertThat(halfLife.err()).contains("--half-life applies to the recommender");
        CliRun from = CliRun.of("recommend", "--data", data, "3", "--from", "rules");
        assertThat(from.exit()).isEqualTo(2);
        assertThat(from.err()).contains("--from applies to --basket");
        assertThat(CliRun.of("recommend", "--data", data, "--basket", "100", "--from", "magic")
                        .exit())
                .isEqualTo(2);
    }

    @Test
    void customerWithoutUsableHistoryGetsPopularProducts() throws Exception {
        // customer 7 only cancelled an order
        CliRun r = CliRun.of("recommend", "--data", CliRun.shop(dir).toString(), "7", "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("fallback").asBoolean()).isTrue();
        assertThat(json.get("recommendations").get(0).get("because")).isEmpty();
    }

    @Test
    void exportsEveryCustomer() throws Exception {
        Path out = dir.resolve("recommendations.csv");
        CliRun r =
                CliRun.of("recommend", "--data", CliRun.shop(dir).toString(), "--all", "-n", "2", "-o", out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("customer_id,rank,stock_code,score,fallback,because");
        assertThat(lines).anyMatch(l -> l.startsWith("3,1,100,"));
        assertThat(lines).anyMatch(l -> l.startsWith("7,1,") && l.contains(",true,"));
    }

    @Test
    void badInputExitsWith2() throws Exception {
        String data = CliRun.shop(dir).toString();
        CliRun unknown = CliRun.of("recommend", "--data", data, "99");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown customer '99'");
        assertThat(CliRun.of("recommend", "--data", data, "3", "-n", "0").err())
                .contains("option -n: 0 is out of range; give 1..1000");
        assertThat(CliRun.of("recommend", "--data", data, "3", "--half-life", "-2")
                        .err())
                .contains("half-life");
        assertThat(CliRun.of("recommend", "--data", data, "--basket", "100,XYZ").err())
                .contains("XYZ");
        assertThat(CliRun.of("recommend", "--data", data).err()).contains("exactly one of");
    }

    @Test
    void easeModelRecommendsWithItsPositiveWeights() throws Exception {
        // binary customer matrix over 100, 200, 300, 400 (see CliRun.shop); with lambda 1, B = -P_ij/P_jj of
        // P = (G + I)^-1 gives B[300][100] = B[300][200] = 18/41 and B[400][100] = B[400][200] = -6/41 (dropped).
        // Customer 3 has 300 and 400: 100 and 200 both score 18/41 (tie: 100 first), because of 300 only.
        CliRun r = CliRun.of(
                "recommend",
                "--data",
                CliRun.shop(dir).toString(),
                "3",
                "--model-type",
                "ease",
                "--ease-lambda",
                "1",
                "--ease-min-support",
                "1",
                "--half-life",
                "0",
                "--json",
                "--no-ease-signed");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode recs = new ObjectMapper().readTree(r.out()).get("recommendations");
        assertThat(recs.get(0).get("stockCode").asText()).isEqualTo("100");
        assertThat(recs.get(0).get("score").asDouble())
                .isCloseTo(18.0 / 41, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(recs.get(0).get("because")).hasSize(1);
        assertThat(recs.get(0).get("because").get(0).asText()).isEqualTo("300");
        assertThat(recs.get(1).get("stockCode").asText()).isEqualTo("200");
        assertThat(recs.get(1).get("score").asDouble())
                .isCloseTo(18.0 / 41, org.assertj.core.api.Assertions.within(1e-6));
        CliRun text = CliRun.of(
                "recommend",
                "--data",
                CliRun.shop(dir).toString(),
                "3",
                "-n",
                "1",
                "--model-type",
                "ease",
                "--ease-lambda",
                "1",
                "--ease-min-support",
                "1");
        assertThat(text.out()).contains("EASE model").contains("because you bought 300");
    }

    @Test
    void signedEaseAlsoSumsTheNegativeWeights() throws Exception {
        // as above, but the kept weights include B[400][100] = B[400][200] = -6/41 (the default, --ease-signed):
        // 100 and 200 score 18/41 - 6/41 = 12/41; only the positive contribution (300) is named as the reason.
        CliRun r = CliRun.of(
                "recommend",
                "--data",
                CliRun.shop(dir).toString(),
                "3",
                "--model-type",
                "ease",
                "--ease-lambda",
                "1",
                "--ease-min-support",
                "1",
                "--half-life",
                "0",
                "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode recs = new ObjectMapper().readTree(r.out()).get("recommendations");
        assertThat(recs.get(0).get("stockCode").asText()).isEqualTo("100");
        assertThat(recs.get(0).get("score").asDouble())
                .isCloseTo(12.0 / 41, org.assertj.core.api.Assertions.within(1e-6));
        assertThat(recs.get(0).get("because").toString()).isEqualTo("[\"300\"]");
        assertThat(recs.get(1).get("stockCode").asText()).isEqualTo("200");
        assertThat(recs.get(1).get("score").asDouble())
                .isCloseTo(12.0 / 41, org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void badModelOptionsExitWith2() throws Exception {
        String data = CliRun.shop(dir).toString();
        CliRun type = CliRun.of("recommend", "--data", data, "3", "--model-type", "svd");
        assertThat(type.exit()).isEqualTo(2);
        assertThat(type.err()).contains("svd");
        CliRun lambda = CliRun.of("recommend", "--data", data, "3", "--model-type", "ease", "--ease-lambda", "0");
        assertThat(lambda.exit()).isEqualTo(2);
        assertThat(lambda.err()).contains("option --ease-lambda: 0.0 is out of range; give 0.001..1000000000");
        CliRun ignored = CliRun.of("recommend", "--data", data, "3", "--model-type", "ease", "--weighting", "bm25");
        assertThat(ignored.exit()).isEqualTo(2);
        assertThat(ignored.err()).contains("--weighting and --scope apply to --model-type cosine");
    }
}
