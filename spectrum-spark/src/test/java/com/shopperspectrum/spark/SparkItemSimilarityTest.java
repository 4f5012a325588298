package com.shopperspectrum.spark;

import static com.shopperspectrum.spark.CsvFixture.line;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.recommend.CosineItemSimilarity;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.MatrixOptions;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseMatrix;
import com.shopperspectrum.core.recommend.Scope;
import com.shopperspectrum.core.recommend.ScoredProduct;
import com.shopperspectrum.core.recommend.SimilarityOptions;
import com.shopperspectrum.core.recommend.Weighting;
import com.shopperspectrum.io.ReadOptions;
import com.shopperspectrum.io.TransactionReader;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Similarity on a hand-checkable fixture: every weighting and scope gives the embedded engine's neighbour lists
 * (up to the order of equal scores).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkItemSimilarityTest {
    private TransactionTable embedded;
    private TransactionFrame spark;

    @BeforeAll
    void read(@TempDir Path dir) {
        // customers 1..4; PA and PB often together, PC with PB, PD only with PA, POST on two orders
        Path file = CsvFixture.write(
                dir,
                "basket.csv",
                line("1001", "1", "PA", 2, 1),
                line("1001", "1", "PB", 1, 1),
                line("1001", "1", "POST", 1, 1),
                line("1002", "2", "PA", 1, 2),
                line("1002", "2", "PB", 3, 2),
                line("1002", "2", "PC", 1, 2),
                line("1003", "3", "PB", 1, 3),
                line("1003", "3", "PC", 5, 3),
                line("1003", "3", "POST", 1, 3),
                line("1004", "4", "PA", 1, 4),
                line("1005", "4", "PD", 2, 5),
                line("1005", "4", "PA", 1, 5));
        embedded = new Cleaner(CleaningOptions.ORIGINAL)
                .clean(new TransactionReader().read(file, ReadOptions.DEFAULT).table())
                .clean();
        spark = new SparkCleaner(CleaningOptions.ORIGINAL)
                .clean(new SparkTransactionReader(SharedSpark.session()).read(file.toString(), ReadOptions.DEFAULT))
                .clean();
    }

    @Test
    void binaryCustomerCosineIsCountedByHand() {
        ItemNeighbours n = sparkNeighbours(MatrixOptions.of(Scope.CUSTOMER, Weighting.BINARY), false);
        // PA: customers 1,2,4; PB: 1,2,3 -> 2/sqrt(3*3); PD: 4 -> 1/sqrt(3); PC: 2,3 -> 1/sqrt(6), with PB 2/sqrt(6)
        List<ScoredProduct> a = n.similar("PA", 5);
        assertThat(a).extracting(ScoredProduct::stockCode).containsExactly("PB", "PD", "PC");
        assertThat(a.get(0).score()).isCloseTo(2 / 3.0, within(1e-6));
        assertThat(n.similar("PC", 5).get(0).score()).isCloseTo(2 / Math.sqrt(6), within(1e-6));
        assertThat(n.similar("PB", 5)).extracting(ScoredProduct::stockCode).doesNotContain("POST");
    }

    @Test
    void everyWeightingAndScopeMatchesTheEmbeddedEngine() {
        for (Scope scope : Scope.values()) {
            for (Weighting weighting : Weighting.values()) {
                boolean nonProducts = weighting == Weighting.BINARY;
                MatrixOptions options = MatrixOptions.of(scope, weighting);
                ItemNeighbours s = sparkNeighbours(options, nonProducts);
                ItemNeighbours e = embeddedNeighbours(options, nonProducts);
                for (String code : List.of("PA", "PB", "PC", "PD", "POST")) {
                    assertThat(byScoreThenCode(s.similar(code, 10)))
                            .as("%s %s non-products %s: %s", scope, weighting, nonProducts, code)
                            .isEqualTo(byScoreThenCode(e.similar(code, 10)));
                }
            }
        }
    }

    /** Whole lists (K above the catalogue) ordered by score, then code: equal up to the order of ties. */
    private static List<ScoredProduct> byScoreThenCode(List<ScoredProduct> list) {
        return list.stream()
                .sorted(Comparator.comparingDouble(ScoredProduct::score)
                        .reversed()
                        .thenComparing(ScoredProduct::stockCode))
                .toList();
    }

    private ItemNeighbours sparkNeighbours(MatrixOptions options, boolean nonProducts) {
        ProductCatalog catalog = ProductCatalog.of(embedded, NonProductCodes.DEFAULT);
        String[] codes = catalog.byPopularity().stream().map(p -> p.stockCode()).toArray(String[]::new);
        String[] texts =
                catalog.byPopularity().stream().map(p -> p.description()).toArray(String[]::new);
        boolean[] non = new boolean[codes.length];
        for (int i = 0; i < codes.length; i++) {
            non[i] = catalog.byPopularity().get(i).nonProduct();
        }
        return new SparkItemSimilarity(options, new SimilarityOptions(10, nonProducts))
                .neighbours(spark, codes, texts, non);
    }

    private ItemNeighbours embeddedNeighbours(MatrixOptions options, boolean nonProducts) {
        return new CosineItemSimilarity(new SimilarityOptions(10, nonProducts), 1)
                .neighbours(
                        PurchaseMatrix.of(embedded, ProductCatalog.of(embedded, NonProductCodes.DEFAULT), options),
                        ProductCatalog.of(embedded, NonProductCodes.DEFAULT));
    }
}
