package com.shopperspectrum.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.inventory.DemandSeries;
import com.shopperspectrum.core.model.CustomerTable;
import com.shopperspectrum.core.model.ModelMetadata;
import com.shopperspectrum.core.model.SpectrumModel;
import com.shopperspectrum.core.profile.DataProfile;
import com.shopperspectrum.core.profile.Distribution;
import com.shopperspectrum.core.recommend.ItemNeighbours;
import com.shopperspectrum.core.recommend.ProductCatalog;
import com.shopperspectrum.core.recommend.ScoredProduct;
import java.util.List;
import java.util.Map;

/**
 * Asserts that a Spark-built model has the embedded model's content: everything counted is equal; money (summed in
 * exact decimals on Spark, in doubles by the embedded engine) agrees to 1e-9 relative; neighbour lists agree on
 * their first {@code top} entries up to equal scores.
 */
final class SameModel {
    static final double MONEY = 1e-9;
    static final double SAME_SCORE = 1e-6;

    private SameModel() {}

    static ModelMetadata metadata() {
        return new ModelMetadata(
                ModelMetadata.FORMAT_VERSION,
                "test",
                "2026-01-01T00:00:00Z",
                new ModelMetadata.InputFile("test.csv", 0, "0".repeat(64)),
                Map.of(),
                Map.of(),
                Map.of(),
                List.of());
    }

    static void assertTables(SpectrumModel spark, SpectrumModel embedded) {
        ProductCatalog s = spark.products();
        ProductCatalog e = embedded.products();
        assertThat(s.codes()).containsExactly(e.codes());
        assertThat(s.descriptions()).containsExactly(e.descriptions());
        assertThat(s.quantities()).containsExactly(e.quantities());
        assertThat(s.customerCounts()).containsExactly(e.customerCounts());
        assertThat(s.nonProducts()).containsExactly(e.nonProducts());
        for (int i = 0; i < e.size(); i++) {
            assertMoney("revenue of " + e.code(i), s.revenue(i), e.revenue(i));
        }
        CustomerTable sc = spark.customers();
        CustomerTable ec = embedded.customers();
        assertThat(sc.rfm().customerIds()).containsExactly(ec.rfm().customerIds());
        assertThat(sc.rfm().recencies()).containsExactly(ec.rfm().recencies());
        assertThat(sc.rfm().frequencies()).containsExactly(ec.rfm().frequencies());
        assertThat(sc.rfm().snapshot()).isEqualTo(ec.rfm().snapshot());
        assertThat(sc.countries()).containsExactly(ec.countries());
        for (int i = 0; i < ec.size(); i++) {
            assertMoney(
                    "monetary of " + ec.id(i), sc.rfm().monetary(i), ec.rfm().monetary(i));
        }
        assertThat(spark.histories()).isEqualTo(embedded.histories());
    }

    /** Equal products, descriptions, first periods and units; revenue to {@link #MONEY} relative. */
    static void assertDemand(DemandSeries s, DemandSeries e) {
        assertThat(s.period()).isEqualTo(e.period());
        assertThat(s.lastPeriod()).isEqualTo(e.lastPeriod());
        assertThat(s.codes()).containsExactly(e.codes());
        assertThat(s.descriptions()).containsExactly(e.descriptions());
        assertThat(s.firstPeriods()).containsExactly(e.firstPeriods());
        for (int i = 0; i < e.size(); i++) {
            assertThat(s.units(i)).as("units of %s", e.code(i)).containsExactly(e.units(i));
            double[] sr = s.revenue(i);
            double[] er = e.revenue(i);
            for (int t = 0; t < er.length; t++) {
                assertMoney("revenue of " + e.code(i) + " in period " + t, sr[t], er[t]);
            }
        }
    }

    static void assertProfile(DataProfile s, DataProfile e) {
        assertThat(s.rows()).isEqualTo(e.rows());
        assertThat(List.of(s.customers(), s.products(), s.invoices(), s.countries()))
                .containsExactly(e.customers(), e.products(), e.invoices(), e.countries());
        assertThat(s.moneyAvailable()).isEqualTo(e.moneyAvailable());
        assertMoney("revenue", s.revenue(), e.revenue());
        assertThat(s.firstDate()).isEqualTo(e.firstDate());
        assertThat(s.lastDate()).isEqualTo(e.lastDate());
        assertThat(s.quality()).isEqualTo(e.quality());
        assertProducts(s.topProducts().byQuantity(), e.topProducts().byQuantity());
        assertProducts(s.topProducts().byRevenue(), e.topProducts().byRevenue());
        assertThat(s.monthly()).hasSameSizeAs(e.monthly());
        for (int i = 0; i < e.monthly().size(); i++) {
            DataProfile.Month sm = s.monthly().get(i);
            DataProfile.Month em = e.monthly().get(i);
            assertThat(List.of(sm.month(), sm.invoices(), sm.customers()))
                    .containsExactly(em.month(), em.invoices(), em.customers());
            assertMoney("revenue of " + em.month(), sm.revenue(), em.revenue());
        }
        assertThat(s.byCountry()).hasSameSizeAs(e.byCountry());
        for (int i = 0; i < e.byCountry().size(); i++) {
            DataProfile.Country sc = s.byCountry().get(i);
            DataProfile.Country ec = e.byCountry().get(i);
            assertThat(List.of(sc.country(), sc.invoices(), sc.customers()))
                    .containsExactly(ec.country(), ec.invoices(), ec.customers());
            assertMoney("revenue of " + ec.country(), sc.revenue(), ec.revenue());
        }
        assertThat(s.rfm().recency()).isEqualTo(e.rfm().recency());
        assertThat(s.rfm().frequency()).isEqualTo(e.rfm().frequency());
        assertDistribution(s.rfm().monetary(), e.rfm().monetary());
    }

    private static void assertProducts(List<DataProfile.ProductTotal> s, List<DataProfile.ProductTotal> e) {
        assertThat(s)
                .extracting(DataProfile.ProductTotal::stockCode)
                .containsExactlyElementsOf(
                        e.stream().map(DataProfile.ProductTotal::stockCode).toList());
        for (int i = 0; i < e.size(); i++) {
            assertThat(s.get(i).description()).isEqualTo(e.get(i).description());
            assertThat(s.get(i).quantity()).isEqualTo(e.get(i).quantity());
            assertMoney(
                    "revenue of " + e.get(i).stockCode(),
                    s.get(i).revenue(),
                    e.get(i).revenue());
        }
    }

    private static void assertDistribution(Distribution s, Distribution e) {
        if (e == null) {
            assertThat(s).isNull();
            return;
        }
        assertThat(s.count()).isEqualTo(e.count());
        double[] sv = {s.min(), s.q1(), s.median(), s.q3(), s.max(), s.mean()};
        double[] ev = {e.min(), e.q1(), e.median(), e.q3(), e.max(), e.mean()};
        for (int i = 0; i < ev.length; i++) {
            assertMoney("monetary distribution " + i, sv[i], ev[i]);
        }
    }

    static void assertMoney(String what, Double spark, Double embedded) {
        if (embedded == null || embedded.isNaN()) {
            assertThat(spark == null || spark.isNaN()).as(what + " is missing").isTrue();
            return;
        }
        assertThat(spark).as(what).isCloseTo(embedded, within(MONEY * Math.max(1, Math.abs(embedded))));
    }

    /** The first {@code top} neighbours of every product agree, up to products that tie at the cut. */
    static int assertSameNeighbours(ItemNeighbours spark, ItemNeighbours embedded, int top) {
        assertThat(spark.matrixOptions()).isEqualTo(embedded.matrixOptions());
        assertThat(spark.codes()).containsExactly(embedded.codes());
        int compared = 0;
        for (String code : embedded.codes()) {
            if (code != null) {
                List<ScoredProduct> s = spark.similar(code, top + 5);
                List<ScoredProduct> e = embedded.similar(code, top + 5);
                assertSameUpToTies(code, s, e, top);
                assertSameUpToTies(code, e, s, top);
                compared++;
            }
        }
        return compared;
    }

    /** Each of {@code a}'s first {@code top} is in {@code b}'s list with the same score, or ties with b's cut. */
    static void assertSameUpToTies(String code, List<ScoredProduct> a, List<ScoredProduct> b, int top) {
        assertThat(a.size()).as("neighbours of %s", code).isEqualTo(b.size());
        for (int r = 0; r < Math.min(top, a.size()); r++) {
            ScoredProduct x = a.get(r);
            assertThat(x.score())
                    .as("score %d of %s", r + 1, code)
                    .isCloseTo(b.get(r).score(), within(SAME_SCORE));
            ScoredProduct inB = b.stream()
                    .filter(y -> y.stockCode().equals(x.stockCode()))
                    .findFirst()
                    .orElse(null);
            double cut = b.get(Math.min(top, b.size()) - 1).score();
            if (inB != null) {
                assertThat(inB.score())
                        .as("%s in the list of %s", x.stockCode(), code)
                        .isCloseTo(x.score(), within(SAME_SCORE));
            } else {
                assertThat(x.score())
                        .as("%s (not in the other list of %s) ties at the cut", x.stockCode(), code)
                        .isCloseTo(cut, within(SAME_SCORE));
            }
        }
    }
}
