package com.shopperspectrum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.RealData;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.recommend.CosineItemSimilarity;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.Product;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseMatrix;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.ScoredProduct;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.recommend.Weighting;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.segment.SegmentOptions;
import com.shopperspectrum.core.segment.SegmentTrainer;
import com.shopperspectrum.core.segment.Segmentation;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Spark engine against the embedded engine on Online Retail (default cleaning): the five most similar products
 * of every product (quantity and binary weighting, ties aside) and the k-means inertia (within 1%).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class OnlineRetailModelParityTest {
    private static final int TOP = 5;
    private TransactionTable embedded;
    private TransactionFrame spark;
    private ProductCatalog catalog;

    @BeforeAll
    void readBoth() {
        RealData.file(RealData.ONLINE_RETAIL); // skips, visibly, without the real data
        embedded = new Cleaner(CleaningOptions.ORIGINAL)
                .clean(SharedSpark.onlineRetailTable())
                .clean();
        spark = new SparkCleaner(CleaningOptions.ORIGINAL)
                .clean(SharedSpark.onlineRetailFrame())
                .clean();
        catalog = ProductCatalog.of(embedded, NonProductCodes.DEFAULT);
    }

    @Test
    void topFiveSimilarProductsAreTheEmbeddedEnginesWithQuantityWeighting() {
        assertSameTopFive(MatrixOptions.of(Scope.CUSTOMER, Weighting.QUANTITY));
    }

    @Test
    void topFiveSimilarProductsAreTheEmbeddedEnginesWithBinaryWeighting() {
        assertSameTopFive(MatrixOptions.of(Scope.CUSTOMER, Weighting.BINARY));
    }

    @Test
    void kMeansInertiaIsWithinOnePercentOfTheEmbeddedEngines() {
        SparkRfmResult rfm = new SparkRfm().computeWithFrame(spark, null);
        Segmentation sparkFit = new SparkSegmentTrainer().fit(rfm.frame(), rfm.table(), SegmentOptions.DEFAULT);
        Segmentation embeddedFit =
                new SegmentTrainer().fit(new RfmCalculator().compute(embedded), SegmentOptions.DEFAULT);

        assertThat(sparkFit.model().scaler().mean())
                .containsExactly(embeddedFit.model().scaler().mean(), within(1e-9));
        assertThat(sparkFit.model().scaler().scale())
                .containsExactly(embeddedFit.model().scaler().scale(), within(1e-9));
        assertThat(sparkFit.model().inertia())
                .isCloseTo(
                        embeddedFit.model().inertia(),
                        within(0.01 * embeddedFit.model().inertia()));
        assertThat(sparkFit.model().names()).isEqualTo(embeddedFit.model().names());
        assertThat(sparkFit.model().quintiles().recency())
                .containsExactly(embeddedFit.model().quintiles().recency());
        assertThat(sparkFit.model().quintiles().frequency())
                .containsExactly(embeddedFit.model().quintiles().frequency());
        assertThat(sparkFit.model().quintiles().monetary())
                .containsExactly(embeddedFit.model().quintiles().monetary(), within(1e-6));
        int same = 0;
        for (int i = 0; i < sparkFit.customers().size(); i++) {
            same += sparkFit.customers().cluster(i) == embeddedFit.customers().cluster(i) ? 1 : 0;
        }
        assertThat(same)
                .as("customers in the same named segment")
                .isGreaterThan(sparkFit.customers().size() * 95 / 100);
    }

    private void assertSameTopFive(MatrixOptions options) {
        SimilarityOptions similarity = new SimilarityOptions(TOP + 5, false);
        ItemNeighbours e = new CosineItemSimilarity(similarity, 2)
                .neighbours(PurchaseMatrix.of(embedded, catalog, options), catalog);
        List<Product> products = catalog.byPopularity();
        boolean[] non = new boolean[products.size()];
        for (int i = 0; i < non.length; i++) {
            non[i] = products.get(i).nonProduct();
        }
        ItemNeighbours s = new SparkItemSimilarity(options, similarity)
                .neighbours(
                        spark,
                        products.stream().map(Product::stockCode).toArray(String[]::new),
                        products.stream().map(Product::description).toArray(String[]::new),
                        non);
        int compared = 0;
        for (Product p : products) {
            List<ScoredProduct> se = e.similar(p.stockCode(), TOP + 5);
            List<ScoredProduct> ss = s.similar(p.stockCode(), TOP + 5);
            SameModel.assertSameUpToTies(p.stockCode(), ss, se, TOP);
            SameModel.assertSameUpToTies(p.stockCode(), se, ss, TOP);
            compared++;
        }
        assertThat(compared).isEqualTo(catalog.size());
    }
}
