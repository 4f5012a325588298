package com.shopperspectrum.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.shopperspectrum.core.segment.RfmValues;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.model.ModelReader;
import com.shopperspectrum.web.ModelService;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stored model answers exactly what the commands answer from the data it was trained on: similar products,
 * personal recommendations (the recommender is rebuilt from the model's tables) and segment predictions.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ModelParityTest {
    Path shop;
    Path model;
    ModelService service;

    @BeforeAll
    void train(@TempDir Path dir) throws Exception {
        shop = CliRun.shop(dir);
        model = dir.resolve("model");
        CliRun run = CliRun.of("train", shop.toString(), "-o", model.toString(), "--k", "3");
        assertThat(run.exitCode()).as(run.err()).isZero();
        service = new ModelService(new ModelReader().read(model));
    }

    static JsonNode json(String text) throws Exception {
        return Json.mapper().readTree(text);
    }

    @Test
    void similarProductsAreTheSameAsFromTheData() throws Exception {
        for (String code : List.of("100", "200", "300", "400")) {
            CliRun cli = CliRun.of("similar", "--data", shop.toString(), code, "--json");
            assertThat(cli.exitCode()).as(cli.err()).isZero();
            assertThat(Json.mapper().valueToTree(service.similar(code, 5)).toString())
                    .as(code)
                    .isEqualTo(json(cli.out()).toString());
        }
    }

    @Test
    void recommendationsAreTheSameAsFromTheData() throws Exception {
        for (String customer : List.of("1", "2", "3", "4", "5", "6")) {
            // both default to EASE: the model stores what --data fits
            CliRun cli = CliRun.of("recommend", "--data", shop.toString(), customer, "-n", "10", "--json");
            assertThat(cli.exitCode()).as(cli.err()).isZero();
            assertThat(Json.mapper()
                            .valueToTree(service.recommend(customer, 10))
                            .toString())
                    .as(customer)
                    .isEqualTo(json(cli.out()).toString());
        }
    }

    @Test
    void aModelTrainedWithTheCosineRecommendsWithTheCosine(@TempDir Path dir) {
        Path cosine = dir.resolve("cosine-model");
        CliRun train =
                CliRun.of("train", shop.toString(), "-o", cosine.toString(), "--k", "3", "--model-type", "cosine");
        assertThat(train.exitCode()).as(train.err()).isZero();
        assertThat(train.out()).contains("recommends cosine-tfidf-customer");
        for (String customer : List.of("3", "4", "5")) {
            CliRun a = CliRun.of("recommend", "--data", shop.toString(), customer, "--model-type", "cosine");
            CliRun b = CliRun.of("recommend", "--model", cosine.toString(), customer);
            CliRun ease = CliRun.of("recommend", "--model", model.toString(), customer);
            assertThat(b.out()).as(customer).isEqualTo(a.out()).contains("tfidf weighting");
            assertThat(ease.out()).as(customer).contains("EASE model");
        }
    }

    @Test
    void segmentPredictionsAreTheSameAsFromTheData() throws Exception {
        double[][] values = {{1, 1, 2}, {5, 2, 20.5}, {120, 1, 3}, {30, 4, 100}};
        for (double[] v : values) {
            CliRun cli = CliRun.of(
                    "predict-segment",
                    "--data",
                    shop.toString(),
                    "--k",
                    "3",
                    "--recency",
                    String.valueOf(v[0]),
                    "--frequency",
                    String.valueOf(v[1]),
                    "--monetary",
                    String.valueOf(v[2]),
                    "--json");
            assertThat(cli.exitCode()).as(cli.err()).isZero();
            JsonNode fromModel = Json.mapper().valueToTree(service.predictSegment(new RfmValues(v[0], v[1], v[2])));
            assertThat(fromModel.toString()).isEqualTo(json(cli.out()).toString());
        }
    }

    @Test
    void jsonOutputIsTheApiAnswerToTheByte() {
        String nl = System.lineSeparator();
        CliRun similar = CliRun.of("similar", "--model", model.toString(), "300", "--json");
        assertThat(similar.out()).isEqualTo(utf8(service.similar("300", 5).json()) + nl);
        CliRun recommend = CliRun.of("recommend", "--model", model.toString(), "5", "-n", "3", "--json");
        assertThat(recommend.out()).isEqualTo(utf8(service.recommend("5", 3).json()) + nl);
        List<String> predictArgs = new java.util.ArrayList<>(List.of("predict-segment", "--model", model.toString()));
        predictArgs.addAll(List.of("--recency", "5", "--frequency", "2", "--monetary", "20", "--json"));
        CliRun predict = CliRun.of(predictArgs.toArray(String[]::new));
        assertThat(predict.out())
                .isEqualTo(utf8(service.predictSegment(new RfmValues(5.0, 2.0, 20.0))
                                .json())
                        + nl);
        CliRun basket = CliRun.of("recommend", "--model", model.toString(), "--basket", "100,200", "--json");
        assertThat(basket.out())
                .contains("\"stockCode\":\"300\"")
                .isEqualTo(utf8(service.complete(List.of("100", "200"), 5).json()) + nl);
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, java.nio.charset.StandardCharsets.UTF_8);
    }

    @Test
    void commandsGiveTheSameOutputWithModelAsWithData() {
        List<List<String>> commands = List.of(
                List.of("similar", "300"),
                List.of("similar", "300", "--json"),
                List.of("similar", "red", "mug", "-n", "2"),
                List.of("recommend", "1"),
                List.of("recommend", "5", "--json", "-n", "3"),
                List.of("recommend", "--basket", "100", "--json"),
                List.of("recommend", "--basket", "100,200"),
                List.of("predict-segment", "--k", "3", "--recency", "5", "--frequency", "2", "--monetary", "20"),
                List.of(
                        "predict-segment",
                        "--k",
                        "3",
                        "--recency",
                        "5",
                        "--frequency",
                        "2",
                        "--monetary",
                        "20",
                        "--json"));
        for (List<String> command : commands) {
            List<String> withData = new java.util.ArrayList<>(command);
            withData.addAll(List.of("--data", shop.toString()));
            List<String> withModel = new java.util.ArrayList<>(command);
            withModel.addAll(List.of("--model", model.toString()));
            CliRun a = CliRun.of(withData.toArray(String[]::new));
            CliRun b = CliRun.of(withModel.toArray(String[]::new));
            assertThat(a.exitCode()).as(a.err()).isZero();
            assertThat(b.exitCode()).as(b.err()).isZero();
            assertThat(b.out()).as(String.join(" ", command)).isEqualTo(a.out());
        }
    }

    @Test
    void segmentWritesTheSameTableAndSummaryWithModelAsWithData() throws Exception {
        Path csv = shop.resolveSibling("segments.csv");
        for (String format : List.of("--json", "--text")) {
            List<String> args = new java.util.ArrayList<>(List.of("segment", "-o", csv.toString(), "--k", "3"));
            if (format.equals("--json")) {
                args.add(format);
            }
            List<String> fromData = new java.util.ArrayList<>(args);
            fromData.add(shop.toString());
            CliRun a = CliRun.of(fromData.toArray(String[]::new));
            String tableFromData = java.nio.file.Files.readString(csv);
            List<String> fromModel = new java.util.ArrayList<>(args);
            fromModel.addAll(List.of("--model", model.toString()));
            CliRun b = CliRun.of(fromModel.toArray(String[]::new));
            assertThat(a.exitCode()).as(a.err()).isZero();
            assertThat(b.exitCode()).as(b.err()).isZero();
            assertThat(b.out()).isEqualTo(a.out());
            assertThat(java.nio.file.Files.readString(csv)).isEqualTo(tableFromData);
        }
    }

    @Test
    void dataAndModelTogetherOrNeitherIsAUsageError() {
        CliRun both = CliRun.of("similar", "300", "--data", shop.toString(), "--model", model.toString());
        assertThat(both.exitCode()).isEqualTo(2);
        assertThat(both.err()).contains("either --data FILE or --model DIR");
        assertThat(CliRun.of("recommend", "1").exitCode()).isEqualTo(2);
        CliRun type = CliRun.of("recommend", "1", "--model", model.toString(), "--model-type", "cosine");
        assertThat(type.exitCode()).isEqualTo(2);
        assertThat(type.err()).contains("a stored model recommends with the model it was trained with");
        assertThat(CliRun.of("predict-segment", "--recency", "1", "--frequency", "1")
                        .exitCode())
                .isEqualTo(2);
    }
}
