package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimilarCommandTest {
    @TempDir
    Path dir;

    @Test
    void listsTheMostSimilarProductsOfAStockCode() throws Exception {
        CliRun r = CliRun.of("similar", "--data", CliRun.shop(dir).toString(), "100", "--weighting", "binary");
        assertThat(r.exit()).as(r.err()).isZero();
        // cos(100,300) = 3/√15 = 0.775, cos(100,200) = 2/3; POST is not merchandise
        assertThat(r.out())
                .contains("Products similar to 100 RED MUG (customer scope, binary weighting)")
                .containsPattern("1  300 +GREEN TEAPOT, LARGE +0\\.775")
                .containsPattern("2  200 +BLUE MUG +0\\.667")
                .doesNotContain("POST");
    }

    @Test
    void findsTheProductByDescriptionWordsAndWritesJson() throws Exception {
        CliRun r = CliRun.of(
                "similar",
                "--data",
                CliRun.shop(dir).toString(),
                "red",
                "mug",
                "--weighting",
                "binary",
                "-n",
                "1",
                "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("product").get("stockCode").asText()).isEqualTo("100");
        assertThat(json.get("product").get("description").asText()).isEqualTo("RED MUG");
        assertThat(json.get("similar")).hasSize(1);
        assertThat(json.get("similar").get(0).get("stockCode").asText()).isEqualTo("300");
        assertThat(json.get("similar").get(0).get("score").asDouble())
                .isCloseTo(3 / Math.sqrt(15), org.assertj.core.api.Assertions.within(1e-6));
    }

    @Test
    void nonProductsOnlyWhenIncluded() throws Exception {
        CliRun r = CliRun.of(
                "similar",
                "--data",
                CliRun.shop(dir).toString(),
                "200",
                "--weighting",
                "binary",
                "--include-non-products");
        assertThat(r.out()).contains("POST");
    }

    @Test
    void exportsEveryProductWithTheExactHeader() throws Exception {
        Path out = dir.resolve("similar.csv");
        CliRun r = CliRun.of(
                "similar",
                "--data",
                CliRun.shop(dir).toString(),
                "--all",
                "-n",
                "2",
                "--weighting",
                "binary",
                "-o",
                out.toString());
        assertThat(r.exit()).as(r.err()).isZero();
        List<String> lines = Files.readAllLines(out);
        assertThat(lines.get(0)).isEqualTo("stock_code,rank,similar_stock_code,score");
        assertThat(lines).contains("100,1,300,0.774597", "100,2,200,0.666667");
        assertThat(lines).noneMatch(l -> l.startsWith("POST") || l.contains(",POST,"));
        assertThat(lines.subList(1, lines.size())).allMatch(l -> l.split(",").length == 4);
    }

    @Test
    void ambiguousUnknownAndBadArgumentsExitWith2() throws Exception {
        String data = CliRun.shop(dir).toString();
        CliRun ambiguous = CliRun.of("similar", "--data", data, "mug");
        assertThat(ambiguous.exit()).isEqualTo(2);
        assertThat(ambiguous.err()).contains("'mug' is ambiguous", "100 (RED MUG)", "200 (BLUE MUG)");
        CliRun unknown = CliRun.of("similar", "--data", data, "teapott");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown product 'teapott'; closest:", "TEAPOT");
        assertThat(CliRun.of("similar", "--data", data, "100", "-n", "0").err())
                .contains("option -n: 0 is out of range; give 1..1000");
        assertThat(CliRun.of("similar", "--data", data).exit()).isEqualTo(2);
        assertThat(CliRun.of("similar", "--data", data, "100", "--all").err()).contains("either a PRODUCT or --all");
        assertThat(CliRun.of("similar", "--data", data, "100", "--weighting", "cubic")
                        .exit())
                .isEqualTo(2);
    }
}
