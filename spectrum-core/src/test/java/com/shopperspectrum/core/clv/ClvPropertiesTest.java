package com.shopperspectrum.core.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class ClvPropertiesTest {
    private static List<PurchaseModel> models(double r, double alpha, double a, double b) {
        return List.of(new BgNbd(r, alpha, a, b), new ParetoNbd(r, alpha, a, b));
    }

    @Property
    void pAliveIsAProbabilityAndOneWithoutRepeatsUnderBgNbd(
            @ForAll @DoubleRange(min = 0.01, max = 20) double r,
            @ForAll @DoubleRange(min = 0.01, max = 100) double alpha,
            @ForAll @DoubleRange(min = 0.01, max = 20) double a,
            @ForAll @DoubleRange(min = 0.01, max = 20) double b,
            @ForAll @IntRange(min = 0, max = 200) int x,
            @ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll @DoubleRange(min = 0, max = 200) double bigT) {
        double tx = x == 0 ? 0 : share * bigT;
        for (PurchaseModel m : models(r, alpha, a, b)) {
            assertThat(m.pAlive(x, tx, bigT)).as("%s", m).isBetween(0.0, 1.0);
        }
        assertThat(new BgNbd(r, alpha, a, b).pAlive(0, 0, bigT)).isEqualTo(1.0);
    }

    @Property
    void expectedTransactionsGrowWithTheHorizon(
            @ForAll @DoubleRange(min = 0.05, max = 5) double r,
            @ForAll @DoubleRange(min = 0.1, max = 50) double alpha,
            @ForAll @DoubleRange(min = 0.05, max = 5) double a,
            @ForAll @DoubleRange(min = 0.05, max = 5) double b,
            @ForAll @IntRange(min = 0, max = 50) int x,
            @ForAll @DoubleRange(min = 0, max = 1) double share,
            @ForAll @DoubleRange(min = 0, max = 100) double bigT) {
        double tx = x == 0 ? 0 : share * bigT;
        double[] horizons = {1, 4, 13, 26, 52, 104};
        for (PurchaseModel m : models(r, alpha, a, b)) {
            double[] e = m.expected(horizons, x, tx, bigT);
            for (int k = 0; k < e.length; k++) {
                assertThat(e[k]).as("%s finite", m).isFinite().isGreaterThanOrEqualTo(0);
                if (k > 0) {
                    assertThat(e[k]).as("%s at %s", m, horizons[k]).isGreaterThanOrEqualTo(e[k - 1] - 1e-12);
                }
            }
        }
    }

    /** The fit never throws on random summaries, and every customer value it gives is finite and CLV ≥ 0. */
    @Property(tries = 8)
    void fitsNeverThrowAndClvIsNeverNegative(
            @ForAll @Size(min = 3, max = 40) List<@IntRange(min = 0, max = 6) Integer> repeats,
            @ForAll @IntRange(min = 0, max = 1000) int seed) {
        int n = repeats.size();
        java.util.Random random = new java.util.Random(seed);
        int rows = n + repeats.stream().mapToInt(Integer::intValue).sum();
        int[] customer = new int[rows];
        int[] day = new int[rows];
        double[] amount = new double[rows];
        String[] names = new String[n];
        int at = 0;
        int base = (int) LocalDate.of(2024, 1, 1).toEpochDay();
        for (int c = 0; c < n; c++) {
            names[c] = "c" + c;
            for (int k = 0; k <= repeats.get(c); k++) {
                customer[at] = c;
                day[at] = base + random.nextInt(200);
                amount[at++] = 1 + random.nextInt(100);
            }
        }
        CustomerSummary s = CustomerSummary.of(names, customer, day, amount, true, SummaryOptions.DEFAULT);
        ClvResult result = ClvAnalysis.run(s, ClvOptions.DEFAULT);
        assertThat(result.trustworthy() || !result.reasons().isEmpty()).isTrue();
        for (CustomerValue v : result.customers()) {
            if (!Double.isNaN(v.clv())) {
                assertThat(v.clv()).isFinite().isGreaterThanOrEqualTo(0);
            }
            if (!Double.isNaN(v.pAlive())) {
                assertThat(v.pAlive()).isBetween(0.0, 1.0);
            }
        }
    }
}
