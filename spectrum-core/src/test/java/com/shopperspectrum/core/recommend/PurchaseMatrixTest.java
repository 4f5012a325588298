package com.shopperspectrum.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.TransactionTable;
import org.junit.jupiter.api.Test;

class PurchaseMatrixTest {
    // c1: X once (qty 3), Y in two lines (qty 1 + 4); c2: X once (qty 2)
    private static final TransactionTable TABLE = Tables.of("i1 c1 X 3", "i1 c1 Y 1", "i2 c1 Y 4", "i3 c2 X 2");

    private static float cell(Weighting w, Scope scope, String row, String code) {
        PurchaseMatrix m = PurchaseMatrix.of(
                TABLE, ProductCatalog.of(TABLE, NonProductCodes.DEFAULT), new MatrixOptions(scope, w, 1.2, 0.75));
        int r = scope == Scope.CUSTOMER
                ? TABLE.customers().indexOf(row)
                : TABLE.invoices().indexOf(row);
        return m.get(r, TABLE.products().indexOf(code));
    }

    @Test
    void quantityAndBinary() {
        assertThat(cell(Weighting.QUANTITY, Scope.CUSTOMER, "c1", "Y")).isEqualTo(5f);
        assertThat(cell(Weighting.QUANTITY, Scope.INVOICE, "i2", "Y")).isEqualTo(4f);
        assertThat(cell(Weighting.QUANTITY, Scope.INVOICE, "i2", "X")).isZero();
        assertThat(cell(Weighting.BINARY, Scope.CUSTOMER, "c1", "Y")).isEqualTo(1f);
        PurchaseMatrix m = PurchaseMatrix.of(
                TABLE,
                ProductCatalog.of(TABLE, NonProductCodes.DEFAULT),
                MatrixOptions.of(Scope.CUSTOMER, Weighting.BINARY));
        assertThat(m.nonZeros()).isEqualTo(3);
        assertThat(m.columnCount(TABLE.products().indexOf("X"))).isEqualTo(2);
    }

    @Test
    void tfidfIsRootLinesTimesSmoothedIdfOfTheRow() {
        // N = 2 products; df(c1) = 2, df(c2) = 1
        assertThat(cell(Weighting.TFIDF, Scope.CUSTOMER, "c1", "Y")).isCloseTo((float) Math.sqrt(2), within(1e-6f));
        assertThat(cell(Weighting.TFIDF, Scope.CUSTOMER, "c2", "X"))
                .isCloseTo((float) (Math.log(3 / 2.0) + 1), within(1e-6f));
    }

    @Test
    void bm25SaturatesLinesAndDampsHeavyRows() {
        // len(X) = 2 lines, len(Y) = 2 lines, avg = 2: the length factor is 1
        double idfC1 = Math.log(1 + (2 - 2 + 0.5) / (2 + 0.5));
        double idfC2 = Math.log(1 + (2 - 1 + 0.5) / (1 + 0.5));
        assertThat(cell(Weighting.BM25, Scope.CUSTOMER, "c1", "Y"))
                .isCloseTo((float) (idfC1 * 2 * 2.2 / (2 + 1.2)), within(1e-6f));
        assertThat(cell(Weighting.BM25, Scope.CUSTOMER, "c2", "X"))
                .isCloseTo((float) (idfC2 * 2.2 / (1 + 1.2)), within(1e-6f));
    }

    @Test
    void badOptionsAreNamed() {
        assertThatThrownBy(() -> new MatrixOptions(Scope.CUSTOMER, Weighting.BM25, 0, 0.75))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("k1");
        assertThatThrownBy(() -> new MatrixOptions(Scope.CUSTOMER, Weighting.BM25, 1.2, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("b must be in [0, 1], got 1.5");
    }
}
