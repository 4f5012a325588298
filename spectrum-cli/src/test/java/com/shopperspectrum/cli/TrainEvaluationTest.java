package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.shopperspectrum.io.model.ModelDirectory;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code train --evaluate} measures the recommender it stores: its name is a row of the table. */
class TrainEvaluationTest {
    @ParameterizedTest
    @ValueSource(strings = {"--ease-signed", "--no-ease-signed"})
    void theStoredRecommenderIsARowOfTheEvaluation(String signed, @TempDir Path dir) throws IOException {
        Path data = dir.resolve("g.csv.gz");
        assertThat(CliRun.of("generate", "--rows", "30000", "-o", data.toString())
                        .exit())
                .isZero();
        Path model = dir.resolve("model");
        assertThat(CliRun.of("train", data.toString(), "-o", model.toString(), "--evaluate", signed)
                        .exit())
                .isZero();
        JsonNode evaluation = new ObjectMapper()
                .readTree(ModelDirectory.files(model).resolve("evaluation.json").toFile());
        JsonNode recommender = new ObjectMapper()
                .readTree(
                        ModelDirectory.files(model).resolve("recommender.json").toFile());
        List<String> rows = new ArrayList<>();
        evaluation.get("results").forEach(r -> rows.add(r.get("model").asText()));
        String served = evaluation.get("defaultModel").asText();
        assertThat(served).isEqualTo(signed.equals("--ease-signed") ? "ease-l250-k50-signed" : "ease-l250-k50");
        assertThat(rows).contains(served);
        assertThat(recommender.get("ease").get("signed").asBoolean()).isEqualTo(signed.equals("--ease-signed"));
    }
}
