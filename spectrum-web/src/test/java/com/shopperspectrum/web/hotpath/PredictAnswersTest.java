package com.shopperspectrum.web.hotpath;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.rfm.RfmTable;
import com.shopperspectrum.core.segment.RfmValues;
import com.shopperspectrum.core.segment.SegmentModel;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.core.segment.SegmentPrediction;
import com.shopperspectrum.core.segment.SegmentTrainer;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.view.SegmentPredictionView;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The predict answer written from fragments ({@link PredictAnswers}) is the view's ({@link SegmentPredictionView}),
 * and a plain body read by the streaming parser ({@link PredictBodyParser}) gives the values of the app's tree.
 */
class PredictAnswersTest {
    private static final double[] VALUES = {0, 0.5, 1, 2, 3, 7, 12, 30, 60, 120, 365, 800, 5000, 1e6, 1e12, 1e300};

    @Test
    void answersAreJacksonsSerialisationOfTheAnswerMapForEveryClusterAndScore() throws Exception {
        for (SegmentModel model : List.of(fit(true), fit(false), renamed(fit(true)))) {
            PredictAnswers answers = new PredictAnswers(model);
            Set<Integer> clusters = new HashSet<>();
            Set<String> scores = new HashSet<>();
            for (double r : VALUES) {
                for (double f : VALUES) {
                    for (double m : VALUES) {
                        SegmentPrediction p = model.predict(new RfmValues(r, f, model.hasMonetary() ? m : null));
                        assertThat(new String(answers.json(p), StandardCharsets.UTF_8))
                                .as("%s %s %s", r, f, m)
                                .isEqualTo(new SegmentPredictionView(model, p).text());
                        clusters.add(p.cluster());
                        scores.add(p.rScore() + "," + p.fScore() + "," + p.mScore());
                    }
                }
            }
            assertThat(clusters).hasSize(model.k());
            assertThat(scores.size()).isGreaterThan(model.hasMonetary() ? 40 : 10);
        }
    }

    @Test
    void doublesAreWrittenAsJacksonWritesThem() throws Exception {
        Random random = new Random(42);
        double[] special = {
            0.0,
            -0.0,
            1.0,
            0.1,
            1e-3,
            1e-4,
            1e7,
            1e8,
            123456789.125,
            Double.MIN_VALUE,
            Double.MAX_VALUE,
            Double.MIN_NORMAL,
            Double.NaN,
            Double.POSITIVE_INFINITY,
            Double.NEGATIVE_INFINITY,
            2.2275349444245313
        };
        double[] all = Arrays.copyOf(special, special.length + 2000);
        for (int i = special.length; i < all.length; i++) {
            all[i] = i % 2 == 0
                    ? random.nextDouble() * Math.pow(10, random.nextInt(40) - 20)
                    : Double.longBitsToDouble(random.nextLong());
        }
        for (double d : all) {
            assertThat(PredictAnswers.number(d)).isEqualTo(Json.mapper().writeValueAsString(d));
        }
    }

    @Test
    void plainBodiesGiveTheNumbersOfTheAppsTree() throws Exception {
        String[] numbers = {
            "0",
            "-0",
            "-0.0",
            "0.0",
            "10",
            "10.0",
            "1e1",
            "1E1",
            "1.0e+1",
            "5.05e-1",
            "100E-2",
            "2147483647",
            "2147483648",
            "9007199254740993",
            "9223372036854775807",
            "9223372036854775808",
            "123456789012345678901234567890",
            "0.1000000000000000055511151231257827",
            "4.9e-324",
            "2.5e-324",
            "1.7976931348623157e308",
            "12.345678901234567890123"
        };
        for (String n : numbers) {
            String body = "{\"recency\": " + n + ", \"frequency\": " + n + ", \"monetary\": " + n + "}";
            var tree = Json.mapper().readTree(body).get("recency");
            RfmValues values = valuesOrNull(body);
            assertThat(values).as(body).isNotNull();
            assertThat(Double.doubleToRawLongBits(values.recency()))
                    .as(body)
                    .isEqualTo(Double.doubleToRawLongBits(tree.doubleValue()));
            assertThat(values.monetary()).as(body).isEqualTo(values.recency()).isEqualTo(values.frequency());
        }
    }

    @Test
    void onlyPlainBodiesAreRead() throws Exception {
        assertThat(valuesOrNull(" \n\t{ \"monetary\" :5 ,\r\n\"frequency\":2 , \"recency\" : 1 }\n "))
                .isEqualTo(new RfmValues(1.0, 2.0, 5.0));
        assertThat(valuesOrNull("{\"rec\\u0065ncy\": 1, \"frequency\": 2, \"monetary\": 3, \"recencyX\": \"a\", "
                        + "\"note\": \"café ☕\", \"nested\": {\"recency\": [1, {\"frequency\": null}]}, \"list\": [[], {}], "
                        + "\"t\": true, \"n\": null}"))
                .isEqualTo(new RfmValues(1.0, 2.0, 3.0));
        for (String body : List.of(
                "",
                " ",
                "null",
                "42",
                "\"x\"",
                "[1, 2]",
                "{}",
                "{\"recency\": 1, \"frequency\": 2}",
                "{\"recency\": 1, \"frequency\": 2, \"monetary\": null}",
                "{\"recency\": 1, \"recency\": 2, \"frequency\": 2, \"monetary\": 3}",
                "{\"recency\": \"1\", \"frequency\": 2, \"monetary\": 3}",
                "{\"recency\": true, \"frequency\": 2, \"monetary\": 3}",
                "{\"recency\": [1], \"frequency\": 2, \"monetary\": 3}",
                "{\"recency\": {\"v\": 1}, \"frequency\": 2, \"monetary\": 3}",
                "{\"recency\": 1, \"frequency\": 2, \"monetary\": 3} {}")) {
            assertThat(valuesOrNull(body)).as(body).isNull();
        }
        for (String body : List.of(
                "{\"recency\": 1,",
                "{\"recency\": NaN, \"frequency\": 2, \"monetary\": 3}",
                "{\"recency\": 01, \"frequency\": 2, \"monetary\": 3}",
                "{recency: 1}",
                "{\"recency\": 1, \"frequency\": 2, \"monetary\": 3} x")) { // the app ignores what follows
            assertThatThrownBy(() -> valuesOrNull(body)).as(body).isInstanceOf(java.io.IOException.class);
        }
        assertThatThrownBy(() -> valuesOrNull("{\"recency\": -1, \"frequency\": 2, \"monetary\": 3}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("recency must be >= 0");
        assertThatThrownBy(() -> valuesOrNull("{\"recency\": 1e400, \"frequency\": 2, \"monetary\": 3}"))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("finite");
    }

    private static RfmValues valuesOrNull(String body) throws Exception {
        byte[] padded = ("xx" + body + "yy").getBytes(StandardCharsets.UTF_8); // reads only its range
        return PredictBodyParser.valuesOrNull(padded, 2, padded.length - 4);
    }

    private static SegmentModel fit(boolean prices) {
        String[] ids = {"1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12"};
        int[] recency = {2, 3, 1, 20, 25, 18, 5, 8, 6, 300, 280, 350};
        int[] frequency = {40, 35, 50, 8, 6, 7, 1, 1, 2, 1, 2, 1};
        double[] monetary = {9000, 7000, 12000, 1500, 1200, 1300, 100, 80, 150, 90, 200, 60};
        if (!prices) {
            Arrays.fill(monetary, Double.NaN);
        }
        RfmTable rfm = new RfmTable(ids, recency, frequency, monetary, LocalDate.of(2011, 12, 10), prices);
        return new SegmentTrainer().fit(rfm, SegmentOptions.DEFAULT).model();
    }

    /** Names that JSON must escape. */
    private static SegmentModel renamed(SegmentModel m) {
        List<String> names = List.of("Café \"Ø\" ☕", "back\\slash </script>", "tab\tnew\nline \u0001", "x");
        return new SegmentModel(
                m.options(),
                m.scaler(),
                m.clusters(),
                names.subList(0, m.k()),
                m.quintiles(),
                m.silhouette(),
                m.kSelection());
    }
}
