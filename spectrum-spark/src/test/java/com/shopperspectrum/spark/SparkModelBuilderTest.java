package com.shopperspectrum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.baskets.RuleOptions;
import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.inventory.DemandSeries;
import com.shopperspectrum.core.inventory.ForecastMethod;
import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.inventory.Period;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.RecommenderType;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.recommend.Weighting;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import com.shopperspectrum.io.engine.Engine;
import com.shopperspectrum.io.engine.Engines;
import com.shopperspectrum.io.engine.TrainingJob;
import com.shopperspectrum.io.model.ModelReader;
import com.shopperspectrum.io.model.ModelWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark model builder on a hand-checkable file against core's ModelTrainer, and the Spark engine found by name
 * and written as a model directory that the reader of {@code serve --model} loads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkModelBuilderTest {
    private static final ModelOptions OPTIONS = new ModelOptions(
                    SegmentOptions.DEFAULT.withK(2),
                    null,
                    MatrixOptions.of(Scope.CUSTOMER, Weighting.TFIDF),
                    new SimilarityOptions(3, false),
                    0,
                    new EaseOptions(RecommenderDefaults.EASE_LAMBDA, 1, 3, false, true))
            .withInventory(new InventoryOptions(
                    Period.MONTH, 0.80, 0.95, 0.5, 1.0, ForecastMethod.AUTO, 0.1, 0.1, 2, 1, 1, 0.95))
            .withBaskets(RuleOptions.DEFAULT);
    private static final String[] LINES = {
        // MUG has two descriptions, 2 rows each among the clean rows: the one seen first in the file wins; the
        // cancelled first line makes "MUG, RED" the first seen although it is later among clean rows
        "C1,MUG,\"MUG, RED\",-1,2011-01-01 09:00:00,1.5,1,United Kingdom",
        "1,MUG,RED MUG,2,2011-01-03 10:00:00,1.5,1,United Kingdom",
        "1,TEA,TEAPOT,1,2011-01-03 10:00:00,4.95,1,United Kingdom",
        "1,POST,POSTAGE,1,2011-01-03 10:00:00,18,1,United Kingdom",
        "2,MUG,\"MUG, RED\",1,2011-02-03 10:00:00,1.5,2,France",
        "2,TEA,TEAPOT,3,2011-02-03 10:00:00,4.95,2,Germany",
        "3,MUG,RED MUG,1,2011-03-03 10:00:00,1.5,3,United Kingdom",
        "3,CUP,CUP,4,2011-03-03 10:00:00,0.85,3,United Kingdom",
        "4,CUP,,2,2011-03-10 10:00:00,0.85,4,France",
        "4,MUG,\"MUG, RED\",1,2011-03-10 10:00:00,1.5,4,France",
        "5,TEA,TEAPOT,1,2011-04-01 10:00:00,4.95,,United Kingdom",
        "6,TEA,TEAPOT,2,2011-04-02 12:00:00,4.95,5,Norway",
        "6,CUP,CUP,1,2011-04-02 12:00:00,0.85,5,Norway",
    };
    private Path file;
    private SpectrumModel embedded;
    private SpectrumModel spark;

    @BeforeAll
    void buildBoth(@TempDir Path dir) {
        file = CsvFixture.write(dir, "shop.csv", LINES);
        embedded = new ModelTrainer(NonProductCodes.DEFAULT, OPTIONS)
                .train(
                        new Cleaner(CleaningOptions.ORIGINAL)
                                .clean(new TransactionReader()
                                        .read(file, ReadOptions.DEFAULT)
                                        .table()),
                        SameModel.metadata());
        TransactionFrame raw =
                new SparkTransactionReader(SharedSpark.session()).read(file.toString(), ReadOptions.DEFAULT);
        spark = new SparkModelBuilder(NonProductCodes.DEFAULT, OPTIONS)
                .build(raw, new SparkCleaner(CleaningOptions.ORIGINAL).clean(raw), SameModel.metadata());
    }

    @Test
    void tablesAndHistoriesAreTheEmbeddedEngines() {
        SameModel.assertTables(spark, embedded);
        // rows follow the first raw lines; popularity is the rank column
        assertThat(spark.products().codes()).containsExactly("MUG", "TEA", "POST", "CUP");
        assertThat(spark.products().byPopularity().stream().map(p -> p.stockCode()))
                .containsExactly("MUG", "CUP", "TEA", "POST");
        assertThat(spark.products().description(0)).isEqualTo("MUG, RED");
        assertThat(spark.customers().countries())
                .containsExactly("United Kingdom", "France", "United Kingdom", "France", "Norway");
    }

    @Test
    void theMonthlyDemandSeriesAreTheEmbeddedEngines() {
        // TEA: 1 in January, 3 in February, 1 + 2 in April (line 5 has no customer: a sale all the same), none in
        // March; POST is a non-product; the cancelled MUG line is not a sale
        DemandSeries s = spark.demand().series();
        SameModel.assertDemand(s, embedded.demand().series());
        assertThat(s.codes()).containsExactly("CUP", "MUG", "TEA");
        assertThat(s.units(2)).containsExactly(1, 3, 0, 3);
        assertThat(s.description(1)).isEqualTo("MUG, RED");
    }

    @Test
    void theBasketPairRulesAreTheEmbeddedEngines() {
        // baskets {MUG, TEA, POST} {MUG, TEA} {MUG, CUP} {CUP, MUG} {TEA} {TEA, CUP}: MUG 4, TEA 4, CUP 3 of 6;
        // MUG ∪ CUP in 2: lift 2 × 6 / (4 × 3) = 1, kept at min lift 1; MUG ∪ TEA 0.75 and TEA ∪ CUP 0.5 are not
        assertThat(spark.baskets()).isEqualTo(embedded.baskets());
        assertThat(spark.baskets().baskets()).isEqualTo(6);
        assertThat(spark.baskets().rules())
                .extracting(r -> r.antecedent().get(0) + " => " + r.consequent().get(0))
                .containsExactlyInAnyOrder("MUG => CUP", "CUP => MUG");
        // MUG's two descriptions tie: the one seen first in the file, as for the product table
        assertThat(spark.baskets().boughtTogether("CUP", 1).get(0).consequentDescriptions())
                .containsExactly("MUG, RED");
        assertThat(spark.metadata().warnings()).noneMatch(w -> w.startsWith("no basket rules"));
    }

    @Test
    void theLargerCountriesPairRulesAreTheEmbeddedEngines(@TempDir Path dir) {
        // 230 invoices: 210 in Spain ({P1, P2} ×150, {P1, P3} ×30, {P3} ×30), 20 in Italy ({P1, P3}): Spain's own
        // rules (P1 in 180, P2 in 150, P1 ∪ P2 in 150 of 210: lift 7 / 6), none for Italy (fewer than 200 orders)
        List<String> lines = new java.util.ArrayList<>();
        for (int i = 0; i < 230; i++) {
            String[] codes = i < 150
                    ? new String[] {"P1", "P2"}
                    : i < 180 || i >= 210 ? new String[] {"P1", "P3"} : new String[] {"P3"};
            for (String code : codes) {
                lines.add(i + "," + code + ",ITEM " + code + ",1,2011-01-0" + (1 + i % 9) + " 10:00:00,1.5," + i + ","
                        + (i < 210 ? "Spain" : "Italy"));
            }
        }
        Path countries = CsvFixture.write(dir, "countries.csv", lines.toArray(String[]::new));
        ModelOptions basketsOnly = new ModelOptions(null, null, OPTIONS.matrix(), OPTIONS.similarity(), 0, null)
                .withBaskets(RuleOptions.DEFAULT);
        SpectrumModel local = new ModelTrainer(NonProductCodes.DEFAULT, basketsOnly)
                .train(
                        new Cleaner(CleaningOptions.DEFAULT)
                                .clean(new TransactionReader()
                                        .read(countries, ReadOptions.DEFAULT)
                                        .table()),
                        SameModel.metadata());
        TransactionFrame raw =
                new SparkTransactionReader(SharedSpark.session()).read(countries.toString(), ReadOptions.DEFAULT);
        SpectrumModel onSpark = new SparkModelBuilder(NonProductCodes.DEFAULT, basketsOnly)
                .build(raw, new SparkCleaner(CleaningOptions.DEFAULT).clean(raw), SameModel.metadata());
        assertThat(onSpark.baskets()).isEqualTo(local.baskets());
        assertThat(onSpark.baskets().countries()).singleElement().satisfies(c -> {
            assertThat(c.country()).isEqualTo("Spain");
            assertThat(c.rules().baskets()).isEqualTo(210);
            assertThat(c.rules().boughtTogether("P1", 1).get(0).lift()).isCloseTo(7.0 / 6, within(1e-12));
        });
    }

    @Test
    void theProfileIsTheEmbeddedEngines() {
        SameModel.assertProfile(spark.profile(), embedded.profile());
        assertThat(spark.profile().quality())
                .containsEntry("codesWithSeveralDescriptions", 1L)
                .containsEntry("missingDescription", 1L);
    }

    @Test
    void neighboursAndSegmentsAreTheEmbeddedEngines() {
        assertThat(SameModel.assertSameNeighbours(spark.neighbours(), embedded.neighbours(), 3))
                .isEqualTo(4);
        assertThat(spark.neighbours().offsets())
                .containsExactly(embedded.neighbours().offsets());
        assertThat(spark.neighbours().items())
                .containsExactly(embedded.neighbours().items());
        assertThat(spark.segmentation().model().names())
                .isEqualTo(embedded.segmentation().model().names());
        assertThat(spark.segmentation().model().inertia())
                .isCloseTo(
                        embedded.segmentation().model().inertia(),
                        within(0.01 * embedded.segmentation().model().inertia()));
        assertThat(spark.metadata().timingsMillis())
                .containsKeys("tables", "segmentation", "similarity", "recommender");
        assertThat(spark.recommender().type()).isEqualTo(RecommenderType.EASE);
        assertThat(spark.recommender()).isEqualTo(embedded.recommender());
    }

    @Test
    void theSparkEngineIsFoundByNameAndWritesAModelTheReaderLoads(@TempDir Path out) throws IOException {
        Engine engine = Engines.named("spark");
        assertThat(engine).isInstanceOf(SparkEngine.class);
        TrainingJob job = new TrainingJob(
                file.toString(),
                ReadOptions.DEFAULT,
                CleaningOptions.ORIGINAL,
                OPTIONS,
                "local[2]",
                "test",
                new PrintWriter(new StringWriter()));
        SpectrumModel model = engine.train(job);
        new ModelWriter().write(model, out.resolve("model"));
        SpectrumModel read = new ModelReader().read(out.resolve("model"));

        SameModel.assertTables(read, embedded);
        assertThat(read.metadata().options())
                .containsEntry("engine", "spark")
                .containsEntry("master", "local[2]")
                .containsEntry("recommender", "ease");
        assertThat(read.recommender()).isEqualTo(embedded.recommender());
        assertThat(read.metadata().rows())
                .containsEntry("raw", 13L)
                .containsEntry("cancelled", 1L)
                .containsEntry("missingCustomer", 1L)
                .containsEntry("clean", 11L);
        assertThat(read.metadata().input().name()).isEqualTo("shop.csv");
        assertThat(read.metadata().input().sha256()).isEqualTo(com.shopperspectrum.io.model.Checksums.sha256(file));
    }

    /**
     * The CLV part: 120 customers who buy every 1–6 weeks for an exponential lifetime and then stop, some of them
     * once for free (a price of 0 is a transaction of value 0), with a 60-day holdout. The summary's counts and days
     * are the embedded engine's exactly; values, fits and predictions to the last bits of a double; the Spark
     * model carries the part and the model directory reads it back.
     */
    @Test
    void theCustomerValuePartIsTheEmbeddedEngines(@TempDir Path dir) throws IOException {
        java.util.List<String> lines = new java.util.ArrayList<>();
        java.util.Random random = new java.util.Random(11);
        java.time.LocalDate start = java.time.LocalDate.of(2011, 1, 3);
        int invoice = 0;
        for (int c = 0; c < 120; c++) {
            int first = random.nextInt(150);
            double life = -120 * Math.log(1 - random.nextDouble());
            int gap = 7 * (1 + random.nextInt(6));
            double level = Math.exp(random.nextGaussian()); // each customer's own spend level
            for (int day = first; day <= Math.min(364, first + life); day += gap) {
                double price = c % 10 == 0 && day == first
                        ? 0
                        : Math.round(100 * level * (1 + random.nextDouble()) * 2) / 100.0;
                lines.add((invoice++) + ",P" + random.nextInt(8) + ",THING," + (1 + random.nextInt(6)) + ","
                        + start.plusDays(day) + " 10:00:00," + price + "," + (1000 + c) + ",United Kingdom");
            }
        }
        Path f = CsvFixture.write(dir, "clv.csv", lines.toArray(String[]::new));
        com.shopperspectrum.core.clv.ClvOptions options = com.shopperspectrum.core.clv.ClvOptions.DEFAULT.withSummary(
                new com.shopperspectrum.core.clv.SummaryOptions(com.shopperspectrum.core.clv.ClvUnit.WEEKS, null, 60));
        com.shopperspectrum.core.clv.ClvResult e = com.shopperspectrum.core.clv.ClvAnalysis.run(
                new Cleaner(CleaningOptions.ORIGINAL)
                        .clean(new TransactionReader()
                                .read(f, ReadOptions.DEFAULT)
                                .table()),
                options);
        TransactionFrame raw =
                new SparkTransactionReader(SharedSpark.session()).read(f.toString(), ReadOptions.DEFAULT);
        SpectrumModel model = new SparkModelBuilder(NonProductCodes.DEFAULT, OPTIONS.withClv(options))
                .build(raw, new SparkCleaner(CleaningOptions.ORIGINAL).clean(raw), SameModel.metadata());
        com.shopperspectrum.core.clv.ClvResult s = model.clv();
        assertThat(s).isNotNull();
        assertThat(e.trustworthy()).as(e.reasons().toString()).isTrue();
        assertThat(e.backtest()).isNotNull();
        var es = e.summary().columns();
        var ss = s.summary().columns();
        assertThat(ss.ids()).containsExactly(es.ids());
        assertThat(ss.x()).containsExactly(es.x());
        assertThat(ss.tx()).containsExactly(es.tx());
        assertThat(ss.bigT()).containsExactly(es.bigT());
        assertThat(ss.holdoutX()).containsExactly(es.holdoutX());
        assertThat(ss.repeatDays()).containsExactly(es.repeatDays());
        assertThat(ss.calibrationEnd()).isEqualTo(es.calibrationEnd());
        assertThat(java.util.Arrays.stream(es.x()).filter(x -> x == 0).count()).isPositive();
        for (int i = 0; i < es.mx().length; i++) {
            assertThat(Double.isNaN(ss.mx()[i])).isEqualTo(Double.isNaN(es.mx()[i]));
            if (!Double.isNaN(es.mx()[i])) {
                assertThat(ss.mx()[i]).isCloseTo(es.mx()[i], within(1e-9 * es.mx()[i]));
            }
        }
        assertThat(s.chosen()).isEqualTo(e.chosen());
        assertThat(s.chosenBy()).isEqualTo(e.chosenBy());
        assertThat(s.trustworthy()).isEqualTo(e.trustworthy());
        assertThat(s.reasons()).isEqualTo(e.reasons());
        for (int m = 0; m < e.models().size(); m++) {
            assertThat(s.models().get(m).usable()).isEqualTo(e.models().get(m).usable());
            if (!e.models().get(m).usable()) {
                continue; // a search stopped at the boundary: where it stops is not a property of the data
            }
            double[] ep = e.models().get(m).parameters();
            double[] sp = s.models().get(m).parameters();
            for (int i = 0; i < ep.length; i++) {
                assertThat(sp[i]).isCloseTo(ep[i], within(1e-6 * ep[i]));
            }
        }
        assertThat(s.spend().parameters()[0])
                .isCloseTo(e.spend().parameters()[0], within(1e-6 * e.spend().parameters()[0]));
        assertThat(s.backtest().maeModel()).isCloseTo(e.backtest().maeModel(), within(1e-9));
        for (int i = 0; i < e.customers().size(); i++) {
            var ec = e.customers().get(i);
            var sc = s.customers().get(i);
            assertThat(sc.pAlive()).isCloseTo(ec.pAlive(), within(1e-9));
            assertThat(sc.clv()).isCloseTo(ec.clv(), within(1e-6 * Math.max(1, ec.clv())));
        }
        assertThat(model.metadata().timingsMillis()).containsKey("clv");
        assertThat(model.metadata().warnings()).noneMatch(w -> w.startsWith("no customer value"));
        new ModelWriter().write(model, dir.resolve("m"));
        com.shopperspectrum.core.clv.ClvResult read =
                new ModelReader().read(dir.resolve("m")).clv();
        assertThat(new com.shopperspectrum.io.view.ClvView(read).text())
                .isEqualTo(new com.shopperspectrum.io.view.ClvView(s).text());
    }

    @Test
    void whatTheSparkEngineDoesNotDoIsAUsageError() {
        ModelOptions evaluate =
                new ModelOptions(OPTIONS.segments(), null, OPTIONS.matrix(), OPTIONS.similarity(), 90, null);
        assertThatThrownBy(() -> new SparkModelBuilder(NonProductCodes.DEFAULT, evaluate))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--evaluate");
        TrainingJob skipping = new TrainingJob(
                file.toString(),
                new ReadOptions(java.util.Map.of(), null, null, null, true, null),
                CleaningOptions.ORIGINAL,
                OPTIONS,
                "local[2]",
                "test",
                new PrintWriter(new StringWriter()));
        assertThatThrownBy(() -> new SparkEngine().train(skipping))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("--skip-bad-rows");
    }
}
