package com.shopperspectrum.cli;

import static com.shopperspectrum.cli.SegmentCommandTest.assertInvalid;
import static com.shopperspectrum.cli.SegmentCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PredictSegmentCommandTest {
    @TempDir
    Path dir;

    @Test
    void predictsABigRecentSpenderAsHighValueChampion() throws IOException {
        SegmentCommandTest.Run run = run(
                "predict-segment",
                "--data",
                SegmentCommandTest.retailFile(dir).toString(),
                "--recency",
                "1",
                "--frequency",
                "45",
                "--monetary",
                "10000");

        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.out())
                .contains("segment: High-Value (cluster 0)", "R 5, F 5, M 5 -> Champions", "distances: High-Value ");
    }

    @Test
    void jsonHasTheDocumentedKeys() throws IOException {
        SegmentCommandTest.Run run = run(
                "predict-segment",
                "--data",
                SegmentCommandTest.retailFile(dir).toString(),
                "--recency",
                "320",
                "--frequency",
                "1",
                "--monetary",
                "70",
                "--json");

        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode json = new ObjectMapper().readTree(run.out());
        assertThat(json.get("segment").asText()).isEqualTo("At-Risk");
        assertThat(json.get("cluster").asInt()).isEqualTo(3);
        assertThat(json.get("distances")).hasSize(4);
        assertThat(json.get("distances").get(3).get("distance").asDouble())
                .isLessThan(json.get("distances").get(0).get("distance").asDouble());
        assertThat(json.get("rScore").asInt()).isEqualTo(1);
        assertThat(json.get("fScore").asInt()).isEqualTo(1);
        assertThat(json.get("mScore").asInt()).isEqualTo(1);
        assertThat(json.get("rfmSegment").asText()).isEqualTo("Lost");
    }

    @Test
    void badValuesExitWithTwoNamingTheField() throws IOException {
        String data = SegmentCommandTest.retailFile(dir).toString();

        assertInvalid(
                run("predict-segment", "--data", data, "--recency", "-1", "--frequency", "2", "--monetary", "5"),
                "option --recency: -1.0 is out of range; give 0..100000");
        assertInvalid(
                run("predict-segment", "--data", data, "--recency", "1", "--frequency", "NaN", "--monetary", "5"),
                "option --frequency: NaN is out of range; give 0..1000000000");
        assertInvalid(
                run("predict-segment", "--data", data, "--recency", "1", "--frequency", "2", "--monetary", "Infinity"),
                "option --monetary: Infinity is out of range; give 0..1000000000000000");
        assertInvalid(
                run("predict-segment", "--data", data, "--frequency", "2", "--monetary", "5"), "recency is missing");
        assertInvalid(
                run("predict-segment", "--data", data, "--recency", "1", "--frequency", "2"), "monetary is missing");
        assertInvalid(run("predict-segment", "--data", data, "--recency", "abc", "--frequency", "2"), "--recency");
        assertInvalid(run("predict-segment", "--recency", "1", "--frequency", "2", "--monetary", "5"), "--data");
    }
}
