package com.shopperspectrum.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.TransactionTable;
import org.junit.jupiter.api.Test;

class EaseRegressionTest {
    // X and Y are substitutes (never bought together), both bought with Z:
    // c1 {X,Z}, c2 {Y,Z}, c3 {X,Z}, c4 {Y,Z}; W only by c6; POST only by c5.
    // Gram over X,Y,Z: [[2,0,2],[0,2,2],[2,2,4]]; + λI (λ = 1): [[3,0,2],[0,3,2],[2,2,5]], det 21,
    // P = adj/21 with adj = [[11,4,-6],[4,11,-6],[-6,-6,9]]. B_ij = -P_ij / P_jj:
    // B_XY = B_YX = -4/11, B_XZ = B_YZ = 6/9 = 2/3, B_ZX = B_ZY = 6/11.
    private static final TransactionTable TABLE = Tables.of(
            "i1 c1 X 1",
            "i1 c1 Z 1",
            "i2 c2 Y 1",
            "i2 c2 Z 1",
            "i3 c3 X 1",
            "i3 c3 Z 1",
            "i4 c4 Y 1",
            "i4 c4 Z 1",
            "i5 c5 POST 1",
            "i6 c6 W 1");
    private static final ProductCatalog CATALOG = ProductCatalog.of(TABLE, NonProductCodes.DEFAULT);

    private static EaseRegression fit(int minSupport, int k, boolean nonProducts) {
        return EaseRegression.fit(
                PurchaseHistory.of(TABLE, ProductCatalog.of(TABLE, NonProductCodes.DEFAULT)),
                CATALOG,
                new EaseOptions(1, minSupport, k, nonProducts, false));
    }

    private static int pos(EaseRegression e, String code) {
        return e.position(CATALOG.byCode(code).index());
    }

    @Test
    void weightsAreTheClosedFormByHand() {
        EaseRegression e = fit(2, 10, false);
        assertThat(e.products()).isEqualTo(3);
        assertThat(e.weight(pos(e, "X"), pos(e, "Y"))).isCloseTo(-4f / 11, within(1e-6f));
        assertThat(e.weight(pos(e, "Y"), pos(e, "X"))).isCloseTo(-4f / 11, within(1e-6f));
        assertThat(e.weight(pos(e, "X"), pos(e, "Z"))).isCloseTo(2f / 3, within(1e-6f));
        assertThat(e.weight(pos(e, "Z"), pos(e, "X"))).isCloseTo(6f / 11, within(1e-6f));
        assertThat(e.weight(pos(e, "Z"), pos(e, "Z"))).isZero();
        assertThat(pos(e, "W")).as("one customer < min support").isEqualTo(-1);
        assertThat(pos(e, "POST")).as("non-product").isEqualTo(-1);
    }

    @Test
    void neighboursArePositiveWeightsBestFirst() {
        ItemNeighbours n = fit(2, 10, false).neighbours();
        int x = n.indexOf("X");
        int y = n.indexOf("Y");
        int z = n.indexOf("Z");
        assertThat(n.count(x)).as("the negative weight to Y is dropped").isEqualTo(1);
        assertThat(n.neighbour(x, 0)).isEqualTo(z);
        assertThat(n.score(x, 0)).isCloseTo(2f / 3, within(1e-6f));
        assertThat(n.similarity(x, y)).isZero();
        assertThat(n.similar("Z", 5)).extracting(ScoredProduct::stockCode).containsExactly("X", "Y");
        assertThat(n.score(z, 1)).isCloseTo(6f / 11, within(1e-6f));
        assertThat(n.count(n.indexOf("W"))).isZero();
        assertThat(n.count(n.indexOf("POST"))).isZero();
        assertThat(n.matrixOptions()).isEqualTo(MatrixOptions.of(Scope.CUSTOMER, Weighting.BINARY));
        assertThat(n.similarityOptions().neighbours()).isEqualTo(10);
    }

    @Test
    void keepsAtMostKNeighbours() {
        ItemNeighbours n = fit(2, 1, false).neighbours();
        assertThat(n.similar("Z", 5)).extracting(ScoredProduct::stockCode).containsExactly("X");
    }

    @Test
    void supportAndNonProductsDecideWhoTakesPart() {
        assertThat(fit(1, 10, false).products()).isEqualTo(4);
        assertThat(fit(1, 10, true).products()).isEqualTo(5);
        assertThat(fit(5, 10, false).products()).isZero();
    }

    @Test
    void recommenderSumsTheKeptWeights() {
        Recommender r = Recommender.of(TABLE, CATALOG, fit(2, 10, false).neighbours());
        Recommendations rec = r.forCustomer("c1", new RecommendOptions(1, false, 0));
        // c1 has X and Z: Y scores B_ZY = 6/11 (the dense model would add B_XY = -4/11)
        assertThat(rec.fallback()).isFalse();
        assertThat(rec.items().get(0).stockCode()).isEqualTo("Y");
        assertThat(rec.items().get(0).score()).isCloseTo(6.0 / 11, within(1e-6));
        assertThat(rec.items().get(0).because()).containsExactly("Z");
        assertThat(r.forCustomer("c6", new RecommendOptions(1, false, 0)).fallback())
                .isTrue();
    }

    @Test
    void badOptionsNameTheField() {
        assertThatThrownBy(() -> new EaseOptions(0, 1, 1, false, false))
                .hasMessageContaining("lambda")
                .hasMessageContaining("0");
        assertThatThrownBy(() -> new EaseOptions(1, 0, 1, false, false)).hasMessageContaining("min support");
        assertThatThrownBy(() -> new EaseOptions(1, 1, 0, false, false)).hasMessageContaining("neighbours");
    }

    @Test
    void theInverseIsGivenTheGramMatrixPlusLambda() {
        TransactionTable table = SpdInverseTest.randomPurchases(5);
        ProductCatalog catalog = ProductCatalog.of(table, NonProductCodes.DEFAULT);
        PurchaseHistory history = PurchaseHistory.of(table, catalog);
        double[][] seen = new double[1][];
        SpdInverse capture = new SpdInverse() {
            @Override
            public void invertInPlace(double[] a, int n) {
                seen[0] = a.clone();
                new GaussJordanInverse().invertInPlace(a, n);
            }

            @Override
            public String name() {
                return "capture";
            }
        };
        EaseRegression e = EaseRegression.fit(history, catalog, new EaseOptions(7, 2, 10, false, false), capture);
        int n = e.products();
        double[] expected = new double[n * n];
        for (int c = 0; c < history.customers(); c++) {
            for (int x = 0; x < history.size(c); x++) {
                for (int y = 0; y < history.size(c); y++) {
                    int i = e.position(history.item(c, x));
                    int j = e.position(history.item(c, y));
                    if (i >= 0 && j >= 0) {
                        expected[i * n + j] += 1;
                    }
                }
            }
        }
        for (int i = 0; i < n; i++) {
            expected[i * n + i] += 7;
        }
        assertThat(n).isGreaterThan(100);
        assertThat(seen[0]).containsExactly(expected);
        assertThat(e.inverse()).isEqualTo("capture");
    }
}
