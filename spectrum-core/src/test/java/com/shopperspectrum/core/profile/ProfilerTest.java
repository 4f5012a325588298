package com.shopperspectrum.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.data.Fixtures;
import org.junit.jupiter.api.Test;

class ProfilerTest {
    @Test
    void summarisesTheCleanRowsAndCountsQualityOnRaw() {
        DataProfile p = new Profiler().profile(new Cleaner(CleaningOptions.ORIGINAL).clean(Fixtures.tenRows()));
        assertThat(p.rows())
                .containsKeys(
                        "raw", "missingCustomer", "cancelled", "nonPositiveQuantity", "nonPositivePrice", "clean");
        assertThat(p.rows().get("clean")).isEqualTo(6);
        assertThat(p.customers()).isEqualTo(3);
        assertThat(p.products()).isEqualTo(3);
        assertThat(p.invoices()).isEqualTo(4);
        assertThat(p.countries()).isEqualTo(2);
        assertThat(p.revenue()).isEqualTo(3.0 + 4.0 + 4.5 + 3.0 + 18.0 + 2.0);
        assertThat(p.quality()).containsEntry("duplicateRows", 1L).containsEntry("missingDescription", 1L);
        assertThat(p.topProducts().byQuantity().get(0).stockCode()).isEqualTo("APL");
        assertThat(p.topProducts().byQuantity().get(0).quantity()).isEqualTo(7);
        // POST carries the most revenue (18.0) but is a non-product: no top list shows it
        assertThat(p.topProducts().byRevenue())
                .extracting(DataProfile.ProductTotal::stockCode)
                .isNotEmpty()
                .doesNotContain("POST");
        assertThat(p.topProducts().byQuantity())
                .extracting(DataProfile.ProductTotal::stockCode)
                .doesNotContain("POST");
        assertThat(p.monthly()).hasSize(1);
        assertThat(p.monthly().get(0).month()).isEqualTo("2011-01");
        assertThat(p.byCountry().get(0).country()).isEqualTo("UK");
        assertThat(p.rfm().frequency().max()).isEqualTo(2.0);
    }

    @Test
    void quantilesInterpolateLikePandas() {
        Distribution d = Distribution.of(new double[] {4, 1, 3, 2});
        assertThat(d.q1()).isCloseTo(1.75, within(1e-12));
        assertThat(d.median()).isCloseTo(2.5, within(1e-12));
        assertThat(d.q3()).isCloseTo(3.25, within(1e-12));
        assertThat(d.mean()).isCloseTo(2.5, within(1e-12));
        assertThat(Distribution.of(new double[0]).count()).isZero();
    }

    @Test
    void aRevenueThatOverflowsIsAnErrorNotInfinity() {
        java.time.LocalDateTime at = java.time.LocalDateTime.of(2011, 1, 3, 10, 0);
        com.shopperspectrum.core.data.TransactionTable t = com.shopperspectrum.core.data.TransactionTable.builder()
                .add("1", "A", "a", 2, at, 1e308, "c1", "UK")
                .add("2", "B", "b", 2, at, 1e308, "c2", "UK")
                .build();
        var cleaning = new Cleaner(CleaningOptions.ORIGINAL).clean(t);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Profiler().profile(cleaning))
                .isInstanceOf(com.shopperspectrum.core.data.InvalidInputException.class)
                .hasMessageContaining("overflows")
                .hasMessageContaining("look for wrong prices or quantities");
    }
}
