package com.shopperspectrum.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.TransactionTable;
import java.time.LocalDateTime;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;

class InventoryPropertiesTest {
    @Property
    void forecastsAreFiniteAndNonNegative(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 500) Integer> demand,
            @ForAll @DoubleRange(min = 0.01, max = 1) double alpha,
            @ForAll @DoubleRange(min = 0.01, max = 1) double beta) {
        double[] y = demand.stream().mapToDouble(Integer::doubleValue).toArray();
        for (ForecastMethod m :
                List.of(ForecastMethod.SES, ForecastMethod.CROSTON, ForecastMethod.SBA, ForecastMethod.TSB)) {
            double f = Forecasts.forecast(m, y, y.length, alpha, beta);
            assertThat(Double.isFinite(f)).as("%s finite", m).isTrue();
            assertThat(f).as("%s non-negative", m).isGreaterThanOrEqualTo(0);
        }
    }

    @Property
    void crostonIsSbaOverOneMinusHalfAlpha(
            @ForAll @Size(min = 1, max = 60) List<@IntRange(min = 0, max = 500) Integer> demand,
            @ForAll @DoubleRange(min = 0.01, max = 1) double alpha) {
        double[] y = demand.stream().mapToDouble(Integer::doubleValue).toArray();
        assertThat(Forecasts.croston(y, y.length, alpha))
                .isCloseTo(Forecasts.sba(y, y.length, alpha) / (1 - alpha / 2), within(1e-9));
    }

    @Property(tries = 100)
    void abcSharesSumToOne(@ForAll @Size(min = 1, max = 40) List<@IntRange(min = 1, max = 1000) Integer> sales) {
        TransactionTable.Builder b = TransactionTable.builder();
        LocalDateTime day = LocalDateTime.of(2011, 3, 7, 10, 0);
        for (int i = 0; i < sales.size(); i++) {
            b.add("I" + i, "P" + (i % 7), "P", sales.get(i), day.plusDays(i), 1.25, null, "UK");
        }
        InventoryReport r = new InventoryAnalysis(InventoryOptions.DEFAULT)
                .analyse(DemandSeries.of(b.build(), NonProductCodes.DEFAULT, Period.WEEK));
        assertThat(r.products().stream()
                        .mapToDouble(ProductInventory::revenueShare)
                        .sum())
                .isCloseTo(1, within(1e-9));
        assertThat(r.matrix().stream()
                        .mapToInt(InventoryReport.MatrixCell::products)
                        .sum())
                .isEqualTo(r.products().size());
    }
}
