package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.view.CohortsCsv;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code spectrum cohorts} on the small shop ({@link CliRun#shop}: first purchases January to June 2011). */
class CohortsCommandTest {
    @TempDir
    Path dir;

    @Test
    void printsTheTriangleAndWritesOneRowPerCell() throws IOException {
        Path shop = CliRun.shop(dir);
        Path csv = dir.resolve("cohorts.csv");
        CliRun run = CliRun.of("cohorts", shop.toString(), "-o", csv.toString());
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("Cohort retention by month: 6 customers in 6 cohorts")
                .contains("wrote 21 cells to");
        // customer 1: January, then 21 June (month 5); 100 % in +0 and +5, 0 % between
        assertThat(run.out()).containsPattern("2011-01 +1 +100\\.0 +0\\.0 +0\\.0 +0\\.0 +0\\.0 +100\\.0");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0))
                .isEqualTo(CohortsCsv.HEADER)
                .isEqualTo("cohort,period_index,cohort_size,active,retention,revenue,revenue_retention");
        assertThat(lines).hasSize(22);
        // January's revenue: 2 x 1.5 + 1 x 1.5 + 18 (postage) = 22.5; June's (month 5) 4.95
        assertThat(lines.get(1)).isEqualTo("2011-01,0,1,1,1.0,22.5,1.0");
        assertThat(lines.get(6)).isEqualTo("2011-01,5,1,1,1.0,4.95,0.22");
        assertThat(lines.get(2)).isEqualTo("2011-01,1,1,0,0.0,0,0.0");
    }

    @Test
    void jsonHasOneRowPerCohort() throws IOException {
        CliRun run = CliRun.of("cohorts", CliRun.shop(dir).toString(), "--period", "QUARTER", "--json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode root = Json.mapper().readTree(run.out());
        assertThat(root.path("period").asText()).isEqualTo("quarter");
        assertThat(root.path("cohorts").asInt()).isEqualTo(2);
        assertThat(root.path("customers").asInt()).isEqualTo(6);
        JsonNode q1 = root.path("rows").get(0);
        assertThat(q1.path("cohort").asText()).isEqualTo("2011-Q1");
        assertThat(q1.path("start").asText()).isEqualTo("2011-01-01");
        assertThat(q1.path("size").asInt()).isEqualTo(3);
        // of customers 1, 2, 3 only customer 1 buys in the second quarter
        assertThat(q1.path("cells").get(1).path("active").asInt()).isEqualTo(1);
        assertThat(q1.path("cells").get(1).path("retention").asDouble()).isEqualTo(1.0 / 3);
        assertThat(run.err()).doesNotContain("warning");
    }

    @Test
    void onePeriodOfCohortsIsAPlainWarning() throws IOException {
        Path shop = CliRun.shop(dir);
        Path firstQuarter = dir.resolve("q1.csv");
        Files.write(firstQuarter, Files.readAllLines(shop).subList(0, 9));
        CliRun run = CliRun.of("cohorts", firstQuarter.toString(), "--period", "quarter");
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).contains("warning: --period quarter yields one cohort only (2011-Q1)");
        assertThat(run.out()).contains("3 customers in 1 cohorts");
    }

    @Test
    void badInputIsExitTwoWithAPlainMessage() throws IOException {
        Path shop = CliRun.shop(dir);
        CliRun day = CliRun.of("cohorts", shop.toString(), "--period", "day");
        assertThat(day.exit()).isEqualTo(2);
        assertThat(day.err()).contains("--period").contains("day").doesNotContain("Exception");
        CliRun model = CliRun.of("cohorts", "--model", dir.toString());
        assertThat(model.exit()).isEqualTo(2);
        // a directory that is not a model (the model part: CohortModelCommandTest)
        assertThat(model.err()).contains(dir.toString()).doesNotContain("Exception");
        CliRun none = CliRun.of("cohorts");
        assertThat(none.exit()).isEqualTo(2);
    }
}
