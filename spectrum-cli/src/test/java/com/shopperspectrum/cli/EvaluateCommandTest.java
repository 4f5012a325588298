package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluateCommandTest {
    @TempDir
    Path dir;

    @Test
    void reportsEveryModelOnBothCandidateSetsAsJson() throws Exception {
        CliRun r = CliRun.of(
                "evaluate",
                CliRun.shop(dir).toString(),
                "--split-date",
                "2011-06-01",
                "-k",
                "2",
                "--ease-min-support",
                "1",
                "--json");
        assertThat(r.exit()).as(r.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(r.out());
        assertThat(json.get("split").asText()).isEqualTo("2011-06-01");
        assertThat(json.get("k").asInt()).isEqualTo(2);
        // customers 1 and 5 buy 300 after the split and have a history; 6 has none
        assertThat(json.get("testCustomers").asInt()).isEqualTo(2);
        assertThat(json.get("results")).hasSize(2 * 13);
        // the default names the model recommend uses by default, and that model is in the table
        String defaultModel = json.get("default").asText();
        assertThat(defaultModel).isEqualTo(RecommenderDefaults.modelName());
        assertThat(json.get("results").findValuesAsText("model"))
                .contains(
                        defaultModel,
                        "ease-l" + (long) RecommenderDefaults.EASE_LAMBDA,
                        RecommenderDefaults.modelName());
        JsonNode repeatAll = null;
        for (JsonNode row : json.get("results")) {
            assertThat(row.fieldNames())
                    .toIterable()
                    .containsExactly("model", "candidates", "hr", "precision", "recall", "ndcg", "map", "coverage");
            if (row.get("model").asText().equals("repeat")
                    && row.get("candidates").asText().equals("all")) {
                repeatAll = row;
            }
        }
        // neither customer had bought 300 before: repeat never hits
        assertThat(repeatAll.get("hr").asDouble()).isZero();
    }

    @Test
    void textAndCsvTables() throws Exception {
        String data = CliRun.shop(dir).toString();
        CliRun text = CliRun.of("evaluate", data, "--split-date", "2011-06-01", "--ease-min-support", "1");
        assertThat(text.out())
                .contains("Split 2011-06-01, k = 10, 2 test customers")
                .contains("cosine-bm25-invoice");
        CliRun csv = CliRun.of("evaluate", data, "--test-days", "10", "--ease-min-support", "1", "--csv");
        assertThat(csv.exit()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("model,candidates,customers,hr,precision,recall,ndcg,map,coverage\n");
    }

    @Test
    void badSplitsExitWith2() throws Exception {
        String data = CliRun.shop(dir).toString();
        assertThat(CliRun.of("evaluate", data, "--split-date", "June").err()).contains("--split-date: expected a date");
        assertThat(CliRun.of("evaluate", data, "--split-date", "2012-01-01").err())
                .contains("0 test rows");
        assertThat(CliRun.of("evaluate", data, "-k", "0").err()).contains("option -k: 0 is out of range; give 1..1000");
        assertThat(CliRun.of("evaluate", data, "--test-days", "5", "--split-date", "2011-06-01")
                        .exit())
                .isEqualTo(2);
    }
}
