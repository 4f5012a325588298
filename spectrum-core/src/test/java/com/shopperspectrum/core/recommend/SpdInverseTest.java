package com.shopperspectrum.core.recommend;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.TransactionTable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class SpdInverseTest {
    // the ten-row fixture of EaseRegressionTest: X and Y substitutes, both bought with Z
    private static final TransactionTable TEN_ROWS = Tables.of(
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

    private static SpdInverse nativeOrSkip() {
        Optional<NativeSpdInverse> loaded = NativeSpdInverse.load();
        assumeTrue(loaded.isPresent(), "no native LAPACK on this machine (Debian: apt-get install libopenblas0)");
        return loaded.get();
    }

    /** A Gram matrix of random 0/1 rows plus λI, shaped like EASE's (SPD). */
    private static double[] randomSpd(int n, long seed) {
        Random rnd = new Random(seed);
        double[] g = new double[n * n];
        for (int r = 0; r < 3 * n; r++) {
            int[] bought = rnd.ints(12, 0, n).distinct().toArray();
            for (int i : bought) {
                for (int j : bought) {
                    g[i * n + j] += 1;
                }
            }
        }
        for (int i = 0; i < n; i++) {
            g[i * n + i] += 5;
        }
        return g;
    }

    /** Random purchases: 600 customers buying up to 15 of 250 products, more often the popular ones. */
    static TransactionTable randomPurchases(long seed) {
        Random rnd = new Random(seed);
        List<String> lines = new ArrayList<>();
        for (int c = 0; c < 600; c++) {
            int items = 1 + rnd.nextInt(15);
            for (int k = 0; k < items; k++) {
                int p = (int) (250 * Math.pow(rnd.nextDouble(), 2));
                lines.add("i" + c + " c" + c + " P" + p + " 1");
            }
        }
        return Tables.of(lines.toArray(String[]::new));
    }

    @Test
    void nativeInverseIsTheInverse() {
        SpdInverse lapack = nativeOrSkip();
        int n = 120;
        double[] g = randomSpd(n, 7);
        double[] inv = g.clone();
        lapack.invertInPlace(inv, n);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < n; k++) {
                    s += g[i * n + k] * inv[k * n + j];
                }
                assertThat(s).isCloseTo(i == j ? 1 : 0, within(1e-9));
            }
        }
    }

    @Test
    void theUpperTriangleAloneGivesTheInversesUpperTriangle() {
        int n = 90;
        double[] full = randomSpd(n, 5);
        double[] expected = full.clone();
        new GaussJordanInverse().invertInPlace(expected, n);
        List<SpdInverse> inverses = new ArrayList<>(List.of(new GaussJordanInverse()));
        NativeSpdInverse.load().ifPresent(inverses::add);
        for (SpdInverse inverse : inverses) {
            double[] upper = full.clone();
            for (int i = 0; i < n; i++) {
                for (int j = 0; j < i; j++) {
                    upper[i * n + j] = Double.NaN; // never read
                }
            }
            inverse.invertUpperInPlace(upper, n);
            for (int i = 0; i < n; i++) {
                for (int j = i; j < n; j++) {
                    double e = expected[i * n + j];
                    assertThat(upper[i * n + j])
                            .as("%s at (%d, %d)", inverse.name(), i, j)
                            .isCloseTo(e, within(1e-9 * Math.abs(e) + 1e-13));
                }
            }
        }
    }

    @Test
    void nativeAndFallbackAgreeOnARandomSpdMatrix() {
        SpdInverse lapack = nativeOrSkip();
        int n = 400;
        double[] a = randomSpd(n, 11);
        double[] b = a.clone();
        lapack.invertInPlace(a, n);
        new GaussJordanInverse().invertInPlace(b, n);
        for (int i = 0; i < n * n; i++) {
            assertThat(a[i]).as("element %d", i).isCloseTo(b[i], within(1e-9 * Math.abs(b[i]) + 1e-13));
        }
    }

    @Test
    void nativeAndFallbackFitTheSameWeightsAndNeighbours() {
        SpdInverse lapack = nativeOrSkip();
        for (TransactionTable table : List.of(TEN_ROWS, randomPurchases(3))) {
            ProductCatalog catalog = ProductCatalog.of(table, NonProductCodes.DEFAULT);
            PurchaseHistory history = PurchaseHistory.of(table, catalog);
            EaseOptions options = new EaseOptions(table == TEN_ROWS ? 1 : 20, 1, 50, false, false);
            EaseRegression fast = EaseRegression.fit(history, catalog, options, lapack);
            EaseRegression slow = EaseRegression.fit(history, catalog, options, new GaussJordanInverse());
            assertThat(fast.products()).isEqualTo(slow.products()).isPositive();
            for (int i = 0; i < fast.products(); i++) {
                for (int j = 0; j < fast.products(); j++) {
                    float w = slow.weight(i, j);
                    assertThat(fast.weight(i, j)).isCloseTo(w, within(1e-5f * Math.abs(w) + 1e-9f));
                }
            }
            assertSameUpToTies(fast.neighbours(), slow.neighbours());
        }
    }

    /** The same neighbours in the same order, except where two candidates' scores tie (swapped). */
    private static void assertSameUpToTies(ItemNeighbours a, ItemNeighbours b) {
        for (int p = 0; p < a.size(); p++) {
            assertThat(a.count(p)).as("neighbours of %s", a.stockCode(p)).isEqualTo(b.count(p));
            for (int r = 0; r < a.count(p); r++) {
                float s = b.score(p, r);
                assertThat(a.score(p, r)).isCloseTo(s, within(1e-5f * Math.abs(s)));
                if (a.neighbour(p, r) != b.neighbour(p, r)) {
                    int other = a.neighbour(p, r);
                    assertThat(a.similarity(p, other))
                            .as("%s's rank %d differs only by a tie", a.stockCode(p), r)
                            .isCloseTo(s, within(1e-5f * Math.abs(s)));
                }
            }
        }
    }

    @Test
    void singlePrecisionIsTheInverseToFloatAccuracy() {
        SpdInverse single = NativeSpdInverse.loadSingle().orElse(null);
        assumeTrue(single != null, "no native LAPACK on this machine");
        assertThat(single.singlePrecision()).isTrue();
        assertThat(single.name()).isEqualTo("native LAPACK spotrf+spotri (single precision)");
        int n = 300;
        double[] g = randomSpd(n, 13);
        double[] exact = g.clone();
        new GaussJordanInverse().invertInPlace(exact, n);
        float[] f = new float[n * n];
        for (int i = 0; i < f.length; i++) {
            f[i] = (float) g[i];
        }
        single.invertInPlace(f, n);
        double largest = 0;
        for (double v : exact) {
            largest = Math.max(largest, Math.abs(v));
        }
        for (int i = 0; i < n * n; i++) {
            assertThat((double) f[i]).as("element %d", i).isCloseTo(exact[i], within(1e-4 * largest));
        }
        assertThat(f[1]).as("both triangles filled").isEqualTo(f[n]);
        assertThatThrownBy(() -> single.invertInPlace(new float[] {0, 1, 1, 0}, 2))
                .hasMessageContaining("not positive definite (LAPACK spotrf");
    }

    @Test
    void aDoubleInverseInvertsFloatsByWideningThem() {
        float[] a = {4, 2, 2, 3};
        new GaussJordanInverse().invertInPlace(a, 2);
        assertThat(a).containsExactly(0.375f, -0.25f, -0.25f, 0.5f);
        assertThat(new GaussJordanInverse().singlePrecision()).isFalse();
    }

    @Test
    void easeInSinglePrecisionFitsWeightsCloseToDoubles() {
        SpdInverse single = NativeSpdInverse.loadSingle().orElse(null);
        assumeTrue(single != null, "no native LAPACK on this machine");
        TransactionTable table = randomPurchases(5);
        ProductCatalog catalog = ProductCatalog.of(table, NonProductCodes.DEFAULT);
        PurchaseHistory history = PurchaseHistory.of(table, catalog);
        EaseOptions options = new EaseOptions(20, 1, 50, false, false);
        EaseRegression f = EaseRegression.fit(history, catalog, options, single);
        EaseRegression d = EaseRegression.fit(history, catalog, options, new GaussJordanInverse());
        assertThat(f.inverse()).contains("single precision");
        for (int i = 0; i < f.products(); i++) {
            assertThat(f.weight(i, i)).isZero();
            for (int j = 0; j < f.products(); j++) {
                assertThat(f.weight(i, j)).isCloseTo(d.weight(i, j), within(1e-4f));
            }
        }
    }

    @Test
    void theFallbackRunsWhenNoNativeLapackLoads() {
        SpdInverse chosen = SpdInverse.choose(Optional::empty);
        assertThat(chosen).isInstanceOf(GaussJordanInverse.class);
        assertThat(chosen.name()).isEqualTo("Java Gauss-Jordan");
        EaseRegression e = EaseRegression.fit(
                PurchaseHistory.of(TEN_ROWS, ProductCatalog.of(TEN_ROWS, NonProductCodes.DEFAULT)),
                ProductCatalog.of(TEN_ROWS, NonProductCodes.DEFAULT),
                new EaseOptions(1, 2, 10, false, false),
                chosen);
        assertThat(e.inverse()).isEqualTo("Java Gauss-Jordan");
        assertThat(e.weight(0, 0)).isZero();
    }

    @Test
    void theNativeInverseRunsWhenItLoadsAndNamesItself() {
        SpdInverse lapack = nativeOrSkip();
        assertThat(SpdInverse.choose(() -> Optional.of(lapack))).isSameAs(lapack);
        assertThat(SpdInverse.fastest()).isInstanceOf(NativeSpdInverse.class);
        // doubles stay the default: single precision moved signed top-50 neighbours on Online Retail (BENCHMARKS)
        assertThat(SpdInverse.fastest().name()).isEqualTo("native LAPACK dpotrf+dpotri");
        assertThat(SpdInverse.fastest().singlePrecision()).isFalse();
    }

    @Test
    void nativeRejectsAMatrixThatIsNotPositiveDefinite() {
        SpdInverse lapack = nativeOrSkip();
        assertThatThrownBy(() -> lapack.invertInPlace(new double[] {0, 1, 1, 0}, 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not positive definite");
        assertThatThrownBy(() -> lapack.invertInPlace(new double[3], 2))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not 2 x 2");
    }
}
