package com.shopperspectrum.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import org.junit.jupiter.api.Test;

class CosineItemSimilarityTest {
    // c1 buys X×2, Y×1; c2 buys X, Y, Z×3 (Z in a second invoice); c3 buys Z×4 (B, C, D are non-product codes);
    // everybody pays POST
    private static final TransactionTable TABLE = Tables.of(
            "i1 c1 X 2",
            "i1 c1 Y 1",
            "i1 c1 POST 1",
            "i2 c2 X 1",
            "i2 c2 Y 1",
            "i3 c2 Z 3",
            "i3 c2 POST 1",
            "i4 c3 Z 4",
            "i4 c3 POST 1");
    private static final ProductCatalog CATALOG = ProductCatalog.of(TABLE, NonProductCodes.DEFAULT);

    private static ItemNeighbours build(Scope scope, Weighting w, boolean nonProducts) {
        PurchaseMatrix m =
                PurchaseMatrix.of(TABLE, ProductCatalog.of(TABLE, NonProductCodes.DEFAULT), MatrixOptions.of(scope, w));
        return new CosineItemSimilarity(new SimilarityOptions(50, nonProducts), 2).neighbours(m, CATALOG);
    }

    @Test
    void binaryCosineByCustomerIsTheSharedBuyersOverTheGeometricMean() {
        ItemNeighbours n = build(Scope.CUSTOMER, Weighting.BINARY, false);
        // A = (1,1,0), B = (1,1,0), C = (0,1,1)
        assertThat(n.similar("X", 5)).extracting(ScoredProduct::stockCode).containsExactly("Y", "Z");
        assertThat(n.similar("X", 5).get(0).score()).isCloseTo(1.0, within(1e-6));
        assertThat(n.similar("X", 5).get(1).score()).isCloseTo(0.5, within(1e-6));
        assertThat(n.similar("Z", 5)).extracting(ScoredProduct::stockCode).containsExactly("X", "Y");
    }

    @Test
    void quantityCosineUsesSummedQuantities() {
        ItemNeighbours n = build(Scope.CUSTOMER, Weighting.QUANTITY, false);
        // A = (2,1,0), B = (1,1,0), C = (0,3,4)
        assertThat(n.similar("X", 1).get(0).score()).isCloseTo(3 / Math.sqrt(10), within(1e-6));
        assertThat(n.similarity(CATALOG.byCode("X").index(), CATALOG.byCode("Z").index()))
                .isCloseTo((float) (3 / (5 * Math.sqrt(5))), within(1e-6f));
        assertThat(n.similar("Z", 5)).extracting(ScoredProduct::stockCode).containsExactly("Y", "X");
        assertThat(n.similar("Z", 1).get(0).score()).isCloseTo(3 / (5 * Math.sqrt(2)), within(1e-6));
    }

    @Test
    void invoiceScopeOnlyPairsProductsOfTheSameOrder() {
        ItemNeighbours n = build(Scope.INVOICE, Weighting.BINARY, false);
        assertThat(n.similar("X", 5)).extracting(ScoredProduct::stockCode).containsExactly("Y");
        assertThat(n.similar("Z", 5)).isEmpty();
    }

    @Test
    void nonProductsAreNeighboursOnlyWhenIncluded() {
        assertThat(build(Scope.CUSTOMER, Weighting.BINARY, false).similar("Z", 5))
                .extracting(ScoredProduct::stockCode)
                .doesNotContain("POST");
        // C = (0,1,1), POST = (1,1,1): 2 / (√2·√3)
        ItemNeighbours with = build(Scope.CUSTOMER, Weighting.BINARY, true);
        assertThat(with.similar("Z", 1).get(0).stockCode()).isEqualTo("POST");
        assertThat(with.similar("Z", 1).get(0).score()).isCloseTo(2 / Math.sqrt(6), within(1e-6));
    }

    @Test
    void topKKeepsTheBestWithLowerIndexWinningTies() {
        PurchaseMatrix m = PurchaseMatrix.of(
                TABLE,
                ProductCatalog.of(TABLE, NonProductCodes.DEFAULT),
                MatrixOptions.of(Scope.CUSTOMER, Weighting.BINARY));
        ItemNeighbours one = new CosineItemSimilarity(new SimilarityOptions(1, true), 1).neighbours(m, CATALOG);
        // A's neighbours B (1.0) then POST (2/√6 ≈ 0.816) then C (0.5)
        assertThat(one.similar("X", 5)).extracting(ScoredProduct::stockCode).containsExactly("Y");
        // C: A and B tie at 0.5 below POST; with K = 2 the lower index (A, seen first) is kept
        ItemNeighbours two = new CosineItemSimilarity(new SimilarityOptions(2, true), 1).neighbours(m, CATALOG);
        assertThat(two.similar("Z", 5)).extracting(ScoredProduct::stockCode).containsExactly("POST", "X");
    }

    @Test
    void badQueriesAreInvalidInput() {
        ItemNeighbours n = build(Scope.CUSTOMER, Weighting.BINARY, false);
        assertThatThrownBy(() -> n.similar("NOPE", 5))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("unknown product 'NOPE'");
        assertThatThrownBy(() -> n.similar("X", 0))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("n must be at least 1, got 0");
        assertThatThrownBy(() -> new SimilarityOptions(0, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("neighbours");
    }

    @Test
    void bm25AndTfidfGiveCosinesInRange() {
        for (Weighting w : new Weighting[] {Weighting.BM25, Weighting.TFIDF}) {
            ItemNeighbours n = build(Scope.CUSTOMER, w, true);
            for (ScoredProduct p : n.similar("X", 5)) {
                assertThat(p.score()).isBetween(0.0, 1.0);
            }
            assertThat(n.similar("X", 1).get(0).stockCode()).isEqualTo("Y");
        }
    }

    @Test
    void theKernelOnARebuiltMatrixGivesTheSameListsAsTheWholeRun() {
        // the Spark engine rebuilds the matrix from its compressed rows and runs the kernel block by block
        for (Weighting w : Weighting.values()) {
            PurchaseMatrix m = PurchaseMatrix.of(TABLE, CATALOG, MatrixOptions.of(Scope.CUSTOMER, w));
            ItemNeighbours whole = new CosineItemSimilarity(new SimilarityOptions(50, false), 1).neighbours(m, CATALOG);
            PurchaseMatrix copy = PurchaseMatrix.ofWeightedRows(
                    m.rows, m.cols, m.rowPtr.clone(), m.colIdx.clone(), m.rowVal.clone(), m.options());
            boolean[] candidate = new boolean[m.cols];
            for (int j = 0; j < m.cols; j++) {
                candidate[j] = !CATALOG.product(j).nonProduct();
            }
            CosineItemSimilarity.Kernel kernel = CosineItemSimilarity.kernel(copy, candidate, 50);
            int[][] items = new int[m.cols][];
            float[][] scores = new float[m.cols][];
            for (int i = m.cols - 1; i >= 0; i--) {
                kernel.row(i, items, scores);
            }
            for (int i = 0; i < m.cols; i++) {
                String code = CATALOG.product(i).stockCode();
                assertThat(items[i] == null ? new int[0] : items[i])
                        .as("%s %s", w, code)
                        .containsExactly(whole.similar(code, 50).stream()
                                .mapToInt(p -> CATALOG.byCode(p.stockCode()).index())
                                .toArray());
            }
        }
    }

    @Test
    void aMatrixFromRowsRefusesColumnsOutOfOrder() {
        MatrixOptions o = MatrixOptions.of(Scope.CUSTOMER, Weighting.BINARY);
        assertThatThrownBy(() ->
                        PurchaseMatrix.ofWeightedRows(1, 3, new int[] {0, 2}, new int[] {2, 1}, new float[] {1, 1}, o))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("row 0: column 1");
        assertThatThrownBy(
                        () -> PurchaseMatrix.ofWeightedRows(1, 3, new int[] {0, 1}, new int[] {3}, new float[] {1}, o))
                .hasMessageContaining("outside 0..2");
        assertThatThrownBy(
                        () -> PurchaseMatrix.ofWeightedRows(2, 3, new int[] {0, 1}, new int[] {0}, new float[] {1}, o))
                .hasMessageContaining("do not match 2 rows");
    }
}
