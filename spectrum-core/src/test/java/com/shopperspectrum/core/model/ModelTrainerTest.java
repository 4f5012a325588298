package com.shopperspectrum.core.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.Fixtures;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.recommend.EaseOptions;
import com.shopperspectrum.core.recommend.EaseRegression;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.Product;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.PurchaseHistory;
import com.shopperspectrum.core.recommend.RecommenderType;
import com.shopperspectrum.core.recommend.SpdInverse;
import com.shopperspectrum.core.segment.SegmentOptions;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ModelTrainerTest {
    static final ModelMetadata META = new ModelMetadata(
            ModelMetadata.FORMAT_VERSION,
            "test",
            "2026-01-01T00:00:00Z",
            new ModelMetadata.InputFile("ten.csv", 10, "0".repeat(64)),
            Map.of(),
            Map.of(),
            Map.of(),
            List.of());

    static SpectrumModel tenRowModel() {
        return new ModelTrainer(NonProductCodes.DEFAULT, ModelOptions.DEFAULT)
                .train(new Cleaner(CleaningOptions.ORIGINAL).clean(Fixtures.tenRows()), META);
    }

    @Test
    void theRecommenderIsEaseFittedOnTheDataAsRecommendWithDataFitsIt() {
        var clean =
                new Cleaner(CleaningOptions.ORIGINAL).clean(Fixtures.tenRows()).clean();
        EaseOptions ease = new EaseOptions(1, 1, 5, false, true);
        SpectrumModel model = new ModelTrainer(
                        NonProductCodes.DEFAULT,
                        new ModelOptions(
                                SegmentOptions.DEFAULT.withK(2),
                                null,
                                ModelOptions.DEFAULT.matrix(),
                                ModelOptions.DEFAULT.similarity(),
                                0,
                                ease))
                .train(new Cleaner(CleaningOptions.ORIGINAL).clean(Fixtures.tenRows()), META);
        ItemNeighbours fromData = EaseRegression.fit(
                        PurchaseHistory.of(clean, ProductCatalog.of(clean, NonProductCodes.DEFAULT)),
                        ProductCatalog.of(clean, NonProductCodes.DEFAULT),
                        ease)
                .neighbours();
        assertThat(model.recommender().type()).isEqualTo(RecommenderType.EASE);
        assertThat(model.recommender().neighbours()).isEqualTo(fromData);
        assertThat(model.recommender().neighbours().items()).isNotEmpty();
        assertThat(model.recommender().name()).isEqualTo("ease-l1-k5-signed");
        assertThat(model.metadata().timingsMillis()).containsKey("recommender");
        assertThat(model.metadata().options())
                .containsEntry(
                        ModelRecommender.EASE_INVERSE, SpdInverse.fastest().name());
    }

    @Test
    void withoutEaseOptionsTheRecommenderIsTheCosine() {
        ModelOptions cosine = new ModelOptions(
                SegmentOptions.DEFAULT.withK(2),
                null,
                ModelOptions.DEFAULT.matrix(),
                ModelOptions.DEFAULT.similarity(),
                0,
                null);
        SpectrumModel model = new ModelTrainer(NonProductCodes.DEFAULT, cosine)
                .train(new Cleaner(CleaningOptions.ORIGINAL).clean(Fixtures.tenRows()), META);
        assertThat(model.recommender().type()).isEqualTo(RecommenderType.COSINE);
        assertThat(model.recommender().neighbours()).isSameAs(model.neighbours());
    }

    @Test
    void catalogueIsInPopularityOrderWithCountsAndFlags() {
        ProductCatalog p = tenRowModel().products();
        // APL and BAN both have 2 customers; APL sold 7 units, BAN 2; POST 1 customer
        assertThat(p.codes()).containsExactly("APL", "BAN", "POST");
        assertThat(p.quantities()).containsExactly(7, 2, 1);
        assertThat(p.customerCounts()).containsExactly(2, 2, 1);
        assertThat(p.revenues()).containsExactly(10.5, 6.0, 18.0);
        assertThat(p.description(1)).isEqualTo("BANANA");
        assertThat(p.nonProducts()).containsExactly(false, false, true);
        assertThat(p.rank(0)).isEqualTo(1);
        assertThat(p.byPopularity()).extracting(Product::stockCode).containsExactly("APL", "BAN", "POST");
    }

    @Test
    void rowsFollowTheFirstLinesAndPopularityIsAColumn() {
        LocalDateTime day = LocalDateTime.of(2011, 1, 3, 10, 0);
        TransactionTable t = TransactionTable.builder()
                .add("I1", "RARE", "RARE THING", 1, day, 1.0, "c1", "UK")
                .add("I2", "HIT", "HIT THING", 1, day, 1.0, "c1", "UK")
                .add("I3", "HIT", "HIT THING", 1, day, 1.0, "c2", "UK")
                .build();
        SpectrumModel model = new ModelTrainer(
                        NonProductCodes.DEFAULT,
                        new ModelOptions(
                                SegmentOptions.DEFAULT.withK(1),
                                null,
                                ModelOptions.DEFAULT.matrix(),
                                ModelOptions.DEFAULT.similarity(),
                                0,
                                null))
                .train(new Cleaner(CleaningOptions.ORIGINAL).clean(t), META);
        ProductCatalog p = model.products();
        assertThat(p.codes()).containsExactly("RARE", "HIT");
        assertThat(p.ranks()).containsExactly(2, 1);
        assertThat(p.byPopularity()).extracting(Product::stockCode).containsExactly("HIT", "RARE");
        assertThat(model.neighbours().stockCode(1)).isEqualTo("HIT");
        assertThat(model.histories().items()).containsExactly(0, 1, 1);
    }

    @Test
    void customersCarryRfmAndMainCountry() {
        CustomerTable c = tenRowModel().customers();
        assertThat(c.rfm().customerIds()).containsExactly("c1", "c2", "c3");
        assertThat(c.rfm().frequencies()).containsExactly(1, 1, 2);
        assertThat(c.rfm().recencies()).containsExactly(8, 1, 1);
        assertThat(c.rfm().snapshot()).isEqualTo(LocalDate.of(2011, 1, 11));
        assertThat(c.countries()).containsExactly("UK", "France", "UK");
        assertThat(c.indexOf(" c2 ")).isEqualTo(1);
        assertThat(c.indexOf("nobody")).isEqualTo(-1);
    }

    @Test
    void historiesAggregateUnitsAndLastDayPerCustomerAndProduct() {
        PurchaseHistory h = tenRowModel().histories();
        assertThat(h.offsets()).containsExactly(0, 2, 3, 5);
        assertThat(h.items()).containsExactly(0, 1, 0, 1, 2); // c1: APL, BAN; c2: APL; c3: BAN, POST
        assertThat(h.units()).containsExactly(4, 1, 3, 1, 1);
        int jan3 = (int) LocalDate.of(2011, 1, 3).toEpochDay();
        int jan10 = (int) LocalDate.of(2011, 1, 10).toEpochDay();
        assertThat(h.lastDays()).containsExactly(jan3, jan3, jan10, jan10, jan10);
    }

    @Test
    void trainingIsDeterministic() {
        SpectrumModel a = tenRowModel();
        SpectrumModel b = tenRowModel();
        assertThat(a.products()).isEqualTo(b.products());
        assertThat(a.customers()).isEqualTo(b.customers());
        assertThat(a.histories()).isEqualTo(b.histories());
        assertThat(a.profile()).isEqualTo(b.profile());
    }

    @Test
    void suggestionsFindCodesThenDescriptionWordPrefixesInPopularityOrder() {
        ProductCatalog p = new ProductCatalog(
                new String[] {"85123A", "85099B", "22386", "POST"},
                new String[] {
                    "WHITE HANGING HEART T-LIGHT HOLDER",
                    "JUMBO BAG RED RETROSPOT",
                    "JUMBO BAG PINK POLKADOT",
                    "POSTAGE"
                },
                new long[4],
                new double[4],
                new int[4],
                new boolean[] {false, false, false, true},
                new int[] {1, 2, 3, 4});
        assertThat(p.suggest("jumbo bag", 10)).containsExactly(1, 2);
        assertThat(p.suggest("bag pink", 10)).containsExactly(2);
        assertThat(p.suggest("85", 10)).containsExactly(0, 1);
        assertThat(p.suggest("85099b", 10)).containsExactly(1);
        assertThat(p.suggest("post", 10)).containsExactly(3);
        assertThat(p.suggest("heart t light", 10)).containsExactly(0);
        assertThat(p.suggest("jumbo", 1)).containsExactly(1);
        assertThat(p.suggest("  ", 10)).isEmpty();
        assertThat(p.suggest("zebra", 10)).isEmpty();
        assertThat(p.indexOf(" 85123a ")).isZero();
        assertThatThrownBy(() -> p.suggest("bag", 0)).hasMessageContaining("limit");
    }

    @Test
    void duplicateCodesAndRaggedColumnsAreRejected() {
        assertThatThrownBy(() -> new ProductCatalog(
                        new String[] {"A", "A"},
                        new String[2],
                        new long[2],
                        new double[2],
                        new int[2],
                        new boolean[2],
                        new int[] {1, 2}))
                .hasMessageContaining("'A' appears twice");
        assertThatThrownBy(() -> new ProductCatalog(
                        new String[] {"A"},
                        new String[2],
                        new long[1],
                        new double[1],
                        new int[1],
                        new boolean[1],
                        new int[1]))
                .hasMessageContaining("differ in length");
        assertThatThrownBy(() -> new ProductCatalog(
                        new String[] {"A", "B"},
                        new String[2],
                        new long[2],
                        new double[2],
                        new int[2],
                        new boolean[2],
                        new int[] {1, 1}))
                .hasMessageContaining("rank 1");
        assertThatThrownBy(() ->
                        new PurchaseHistory(new int[] {0, 2, 1}, new int[1], new int[1], new int[1], new int[1], 0))
                .hasMessageContaining("offsets");
        assertThatThrownBy(() ->
                        new PurchaseHistory(new int[] {0, 2}, new int[] {1, 0}, new int[2], new int[2], new int[2], 0))
                .hasMessageContaining("ascending");
    }

    @Test
    void descriptionsAreNeverNull() {
        ProductCatalog p = new ProductCatalog(
                new String[] {"X"},
                new String[] {null},
                new long[1],
                new double[1],
                new int[1],
                new boolean[1],
                new int[] {1});
        assertThat(p.description(0)).isEmpty();
        assertThat(List.of(p.descriptions())).containsExactly("");
    }
}
