package com.shopperspectrum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.baskets.RuleOptions;
import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.RealData;
import com.shopperspectrum.core.inventory.DemandSeries;
import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.inventory.Period;
import com.shopperspectrum.core.model.ModelOptions;
import com.shopperspectrum.core.model.ModelTrainer;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.RecommenderDefaults;
import com.shopperspectrum.core.recommend.RecommenderType;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.io.model.ModelReader;
import com.shopperspectrum.io.model.ModelWriter;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole model built by Spark in local[2] against the embedded engine's on Online Retail with the commands'
 * defaults: equal cleaning counts, customer table and histories, equal profile figures, the same five most similar
 * products of every product (ties aside), inertia within 1 %, the same EASE recommender (fitted by the same core
 * routine from equal histories); and the directory Spark's model is written to loads.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlineRetailSparkModelTest {
    private static final int TOP = 5;
    private static final ModelOptions OPTIONS = new ModelOptions(
                    SegmentOptions.DEFAULT,
                    null,
                    MatrixOptions.of(RecommenderDefaults.SCOPE, RecommenderDefaults.WEIGHTING),
                    new SimilarityOptions(RecommenderDefaults.COSINE_NEIGHBOURS, false),
                    0,
                    RecommenderDefaults.easeOptions(false))
            .withInventory(InventoryOptions.DEFAULT)
            .withBaskets(RuleOptions.DEFAULT);
    private SpectrumModel embedded;
    private SpectrumModel spark;

    @BeforeAll
    void buildBoth() {
        RealData.file(RealData.ONLINE_RETAIL); // skips, visibly, without the real data
        embedded = new ModelTrainer(NonProductCodes.DEFAULT, OPTIONS)
                .train(
                        new Cleaner(CleaningOptions.ORIGINAL).clean(SharedSpark.onlineRetailTable()),
                        SameModel.metadata());
        TransactionFrame raw = SharedSpark.onlineRetailFrame();
        spark = new SparkModelBuilder(NonProductCodes.DEFAULT, OPTIONS)
                .build(raw, new SparkCleaner(CleaningOptions.ORIGINAL).clean(raw), SameModel.metadata());
    }

    @Test
    void cleaningCountsAndTheProfileAreTheEmbeddedEngines() {
        assertThat(spark.profile().rows()).containsEntry("raw", 541_909L).containsEntry("clean", 397_884L);
        SameModel.assertProfile(spark.profile(), embedded.profile());
    }

    @Test
    void customersProductsAndHistoriesAreTheEmbeddedEngines() {
        assertThat(spark.customers().size()).isEqualTo(4_338);
        SameModel.assertTables(spark, embedded);
    }

    @Test
    void topFiveNeighboursAndSegmentsAreTheEmbeddedEngines() {
        assertThat(SameModel.assertSameNeighbours(spark.neighbours(), embedded.neighbours(), TOP))
                .isEqualTo(embedded.products().size());
        assertThat(spark.segmentation().model().names())
                .isEqualTo(embedded.segmentation().model().names());
        assertThat(spark.segmentation().model().inertia())
                .isCloseTo(
                        embedded.segmentation().model().inertia(),
                        within(0.01 * embedded.segmentation().model().inertia()));
    }

    @Test
    void theDemandSeriesAreTheEmbeddedEngines() {
        assertThat(spark.demand().series().size()).isGreaterThan(3_000);
        SameModel.assertDemand(spark.demand().series(), embedded.demand().series());
        assertThat(spark.demand().inventory()).isEqualTo(embedded.demand().inventory());
    }

    @Test
    void theBasketRulesAreTheEmbeddedEngines() {
        assertThat(spark.baskets().rules()).hasSizeGreaterThan(1_000);
        assertThat(spark.baskets()).isEqualTo(embedded.baskets());
    }

    @Test
    void theSalesLinesOfTheNettingCleaningGiveTheEmbeddedSeries() {
        // the default cleaning: reversed purchases netted, lines without a customer counted as sales
        TransactionFrame raw = SharedSpark.onlineRetailFrame();
        DemandSeries s = SparkDemand.series(
                raw,
                new SparkCleaner(CleaningOptions.DEFAULT).clean(raw).sales(),
                NonProductCodes.DEFAULT,
                Period.WEEK);
        DemandSeries e = DemandSeries.of(
                new Cleaner(CleaningOptions.DEFAULT).sales(SharedSpark.onlineRetailTable()),
                NonProductCodes.DEFAULT,
                Period.WEEK);
        SameModel.assertDemand(s, e);
    }

    @Test
    void theEaseRecommenderIsTheEmbeddedEngines() {
        assertThat(spark.recommender().type()).isEqualTo(RecommenderType.EASE);
        assertThat(spark.recommender()).isEqualTo(embedded.recommender());
    }

    @Test
    void theModelDirectoryLoadsWithTheReaderOfServe(@TempDir Path dir) throws IOException {
        new ModelWriter().write(spark, dir.resolve("model"));
        SpectrumModel read = new ModelReader().read(dir.resolve("model"));
        SameModel.assertTables(read, embedded);
        assertThat(read.neighbours()).isEqualTo(spark.neighbours());
        assertThat(read.segmentation().customers())
                .isEqualTo(spark.segmentation().customers());
        assertThat(read.recommender()).isEqualTo(spark.recommender());
    }
}
