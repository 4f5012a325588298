package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopperspectrum.core.data.RealData;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClvCommandTest {
    private static final String CDNOW_COLUMNS =
            "customer=customer_id,date=date,quantity=number_of_cds,amount=dollar_value";

    @TempDir
    Path dir;

    /** CDNOW through the CLI (no product or invoice column, free purchases kept): the published BG/NBD fit. */
    @Test
    void cdnowThroughTheCliGivesThePublishedFitAndTheDocumentedShapes() throws Exception {
        Path file = RealData.file(RealData.CDNOW_SAMPLE);
        Path csv = dir.resolve("customers.csv");
        CliRun run = CliRun.of(
                "clv",
                file.toString(),
                "--columns",
                CDNOW_COLUMNS,
                "--calibration-end",
                "1997-09-30",
                "--json",
                "-o",
                csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("summary").get("customers").asInt()).isEqualTo(2357);
        assertThat(root.get("summary").get("repeaters").asInt()).isEqualTo(946);
        assertThat(root.get("summary").get("unit").asText()).isEqualTo("weeks");
        JsonNode bg = root.get("models").get(0);
        assertThat(bg.get("name").asText()).isEqualTo("bgnbd");
        assertThat(bg.get("parameters").get("r").asDouble()).isCloseTo(0.243, within(0.0005));
        assertThat(bg.get("parameters").get("alpha").asDouble()).isCloseTo(4.414, within(0.0005));
        assertThat(bg.get("parameters").get("a").asDouble()).isCloseTo(0.793, within(0.0005));
        assertThat(bg.get("parameters").get("b").asDouble()).isCloseTo(2.426, within(0.0005));
        assertThat(bg.get("logLikelihood").asDouble()).isCloseTo(-9582.4, within(0.05));
        assertThat(bg.get("standardErrors").has("b")).isTrue();
        JsonNode pareto = root.get("models").get(1);
        assertThat(pareto.get("name").asText()).isEqualTo("pareto");
        assertThat(pareto.get("parameters").get("s").asDouble()).isCloseTo(0.606, within(0.0005));
        assertThat(root.get("spend").get("name").asText()).isEqualTo("gamma-gamma");
        assertThat(root.get("spend").get("parameters").get("p").asDouble()).isCloseTo(6.25, within(0.005));
        assertThat(root.get("trustworthy").asBoolean()).isTrue();
        assertThat(root.get("chosen").asText()).isIn("bgnbd", "pareto");
        assertThat(root.get("backtest").get("byFrequency")).hasSize(8);
        assertThat(run.out()).doesNotContain("NaN", "Infinity");
        List<String> lines = Files.readAllLines(csv);
        assertThat(lines.get(0)).isEqualTo("customer_id,x,t_x,T,m_x,p_alive,expected_transactions,expected_value,clv");
        assertThat(lines).hasSize(2358);
        assertThat(lines.get(1)).startsWith("00004,2,30.428571,38.857143,22.345,");
    }

    @Test
    void textNamesTheModelsTrustAndTheBacktest() throws Exception {
        Path file = RealData.file(RealData.CDNOW_SAMPLE);
        CliRun run = CliRun.of(
                "clv", file.toString(), "--columns", CDNOW_COLUMNS, "--holdout-days", "273", "--model-type", "bgnbd");
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("BG/NBD", "Gamma-Gamma", "Trustworthy: yes", "Mean absolute error")
                .doesNotContain("Pareto/NBD");
    }

    @Test
    void badOptionsExitTwoWithPlainMessages() throws Exception {
        Path shop = CliRun.shop(dir);
        CliRun end = CliRun.of("clv", shop.toString(), "--calibration-end", "2030-01-01");
        assertThat(end.exitCode()).isEqualTo(2);
        assertThat(end.err())
                .contains("--calibration-end 2030-01-01 is outside the data")
                .doesNotContain("Exception");
        CliRun rate = CliRun.of("clv", shop.toString(), "--discount-rate", "5");
        assertThat(rate.exitCode()).isEqualTo(2);
        assertThat(rate.err()).contains("--discount-rate");
        CliRun type = CliRun.of("clv", shop.toString(), "--model-type", "magic");
        assertThat(type.exitCode()).isEqualTo(2);
        assertThat(type.err()).contains("--model-type must be bgnbd, pareto or auto, got 'magic'");
        CliRun both = CliRun.of("clv", shop.toString(), "--calibration-end", "2011-03-01", "--holdout-days", "5");
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("not both");
    }

    /** Six customers, one repeat buyer: the command answers, says why it cannot be trusted, and prints no NaN. */
    @Test
    void tooFewRepeatBuyersIsAPlainReasonNotAFailure() throws Exception {
        Path shop = CliRun.shop(dir);
        Path csv = dir.resolve("c.csv");
        CliRun run = CliRun.of("clv", shop.toString(), "--json", "-o", csv.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(run.out());
        assertThat(root.get("trustworthy").asBoolean()).isFalse();
        assertThat(root.get("reasons").toString()).contains("need at least 10");
        assertThat(run.out()).doesNotContain("NaN", "Infinity");
        assertThat(Files.readString(csv)).doesNotContain("NaN");
    }
}
