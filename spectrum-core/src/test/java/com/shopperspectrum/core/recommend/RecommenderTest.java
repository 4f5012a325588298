package com.shopperspectrum.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecommenderTest {
    // binary, customer scope: X=(1,1,1,0,0) Y=(1,1,0,0,0) Z=(0,1,1,0,0) W=(0,0,1,0,0) V=(0,0,0,0,1)
    // c4 only bought POST (no usable history); c5 bought V only (no neighbours)
    private static final TransactionTable TABLE = Tables.of(
            "i1 c1 X 1 0",
            "i1 c1 Y 1 0",
            "i2 c2 X 1 10",
            "i2 c2 Y 1 10",
            "i2 c2 Z 1 10",
            "i3 c3 X 1 100",
            "i3 c3 Z 1 100",
            "i3 c3 W 1 100",
            "i4 c4 POST 1 100",
            "i5 c5 V 1 50");

    private static Recommender recommender() {
        ProductCatalog catalog = ProductCatalog.of(TABLE, NonProductCodes.DEFAULT);
        PurchaseMatrix m = PurchaseMatrix.of(
                TABLE,
                ProductCatalog.of(TABLE, NonProductCodes.DEFAULT),
                MatrixOptions.of(Scope.CUSTOMER, Weighting.BINARY));
        ItemNeighbours n = new CosineItemSimilarity(new SimilarityOptions(50, false), 1).neighbours(m, catalog);
        return Recommender.of(TABLE, catalog, n);
    }

    @Test
    void scoresAreSummedSimilaritiesOfThePurchasedProducts() {
        Recommendations r = recommender().forCustomer("c1", new RecommendOptions(2, false, 0));
        assertThat(r.fallback()).isFalse();
        // c1 has X, Y. Z: cos(X,Z) = 2/√6, cos(Y,Z) = 1/2; W: cos(X,W) = 1/√3, cos(Y,W) = 0
        assertThat(r.items()).extracting(Recommendation::stockCode).containsExactly("Z", "W");
        assertThat(r.items().get(0).score()).isCloseTo(2 / Math.sqrt(6) + 0.5, within(1e-6));
        assertThat(r.items().get(0).because()).containsExactly("X", "Y");
        assertThat(r.items().get(1).score()).isCloseTo(1 / Math.sqrt(3), within(1e-6));
        assertThat(r.items().get(1).because()).containsExactly("X");
    }

    @Test
    void purchasedProductsComeBackOnlyWhenAskedFor() {
        Recommendations r = recommender().forCustomer("c1", new RecommendOptions(5, true, 0));
        assertThat(r.items()).extracting(Recommendation::stockCode).contains("X", "Y");
    }

    @Test
    void halfLifeWeighsRecentPurchasesMore() {
        // c2 bought X, Y, Z on day 10; the data end on day 100: every weight is 0.5^(90/90) = 0.5
        Recommendations plain = recommender().forCustomer("c2", new RecommendOptions(1, false, 0));
        Recommendations halved = recommender().forCustomer("c2", new RecommendOptions(1, false, 90));
        assertThat(halved.items().get(0).stockCode()).isEqualTo("W");
        assertThat(halved.items().get(0).score()).isCloseTo(plain.items().get(0).score() / 2, within(1e-6));
    }

    @Test
    void customersWithoutUsableHistoryGetRecentPopularProducts() {
        Recommendations r = recommender().forCustomer("c4", new RecommendOptions(3, false, 0));
        assertThat(r.fallback()).isTrue();
        // within the last 90 days (day 10 is outside): X, Z, W (c3) and V (c5) once each, POST never;
        // ties by overall popularity: X (3 customers), Z (2), then V before W by stock code
        assertThat(r.items()).extracting(Recommendation::stockCode).containsExactly("X", "Z", "V");
        assertThat(r.items()).allSatisfy(i -> assertThat(i.because()).isEmpty());
        assertThat(recommender()
                        .forCustomer("c5", new RecommendOptions(3, false, 0))
                        .fallback())
                .isTrue();
    }

    @Test
    void anonymousBasket() {
        Recommendations r = recommender().forBasket(List.of("y", "Z"), new RecommendOptions(5, false, 0));
        assertThat(r.customer()).isNull();
        assertThat(r.items().get(0).stockCode()).isEqualTo("X");
        assertThat(r.items()).extracting(Recommendation::stockCode).doesNotContain("Y", "Z", "POST");
    }

    @Test
    void badInputIsNamed() {
        Recommender rec = recommender();
        assertThatThrownBy(() -> rec.forCustomer("c9", new RecommendOptions(3, false, 0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("unknown customer 'c9'");
        assertThatThrownBy(() -> new RecommendOptions(0, false, 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessage("n must be at least 1, got 0");
        assertThatThrownBy(() -> new RecommendOptions(5, false, -1))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("half-life");
        assertThatThrownBy(() -> rec.forBasket(List.of("X", "NOPE"), new RecommendOptions(3, false, 0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("NOPE");
        assertThatThrownBy(() -> rec.forBasket(List.of(), new RecommendOptions(3, false, 0)))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("empty");
    }
}
