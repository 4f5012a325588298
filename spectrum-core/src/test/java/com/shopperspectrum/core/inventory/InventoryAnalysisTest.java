package com.shopperspectrum.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.shopperspectrum.core.clean.Cleaner;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.data.Fixtures;
import com.shopperspectrum.core.data.TransactionTable;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;

/** The series and classes of {@link Fixtures#tenRows()} (both dates are Mondays: 2011-01-03 and 01-10). */
class InventoryAnalysisTest {
    private static DemandSeries weekly() {
        TransactionTable sales = new Cleaner(CleaningOptions.ORIGINAL).sales(Fixtures.tenRows());
        return DemandSeries.of(sales, CleaningOptions.ORIGINAL.nonProducts(), Period.WEEK);
    }

    @Test
    void salesLinesKeepTheLinesWithoutACustomer() {
        // rows 1-4, 8, 9 (POST), 10 (A7): the cancelled row 5, zero quantity 6 and zero price 7 are out
        assertThat(new Cleaner(CleaningOptions.ORIGINAL)
                        .sales(Fixtures.tenRows())
                        .size())
                .isEqualTo(7);
    }

    @Test
    void weeklyUnitsAndRevenuePerProductWithoutNonProducts() {
        DemandSeries s = weekly();
        // APL: week 1 rows 1 + 8 (2 + 2 units, 6.00), week 2 rows 3 + 4 (3 + 1, 6.00); BAN: 1 (4.00) and 1 (2.00)
        assertThat(s.size()).isEqualTo(2);
        assertThat(s.code(0)).isEqualTo("APL");
        assertThat(s.units(0)).containsExactly(4, 4);
        assertThat(s.revenue(0)).containsExactly(6, 6);
        assertThat(s.units(1)).containsExactly(1, 1);
        assertThat(s.revenue(1)).containsExactly(4, 2);
        assertThat(s.lastPeriodStart()).isEqualTo(LocalDate.of(2011, 1, 10));
        assertThat(s.indexOf("POST")).isEqualTo(-1);
    }

    @Test
    void zerosBetweenTheFirstSaleAndTheLastWeek() {
        TransactionTable t = TransactionTable.builder()
                .add("1", "X", "X", 2, LocalDateTime.of(2011, 1, 5, 9, 0), 1.0, null, "UK")
                .add("2", "X", "X", 3, LocalDateTime.of(2011, 1, 23, 9, 0), 1.0, null, "UK")
                .add("3", "Y", "Y", 1, LocalDateTime.of(2011, 1, 31, 9, 0), 1.0, null, "UK")
                .build();
        DemandSeries s = DemandSeries.of(t, CleaningOptions.ORIGINAL.nonProducts(), Period.WEEK);
        // X: week of Mon 3 Jan (2), 10 Jan (0), 17 Jan (3: Sunday the 23rd), 24 Jan (0), 31 Jan (0)
        assertThat(s.units(s.indexOf("X"))).containsExactly(2, 0, 3, 0, 0);
        assertThat(s.units(s.indexOf("Y"))).containsExactly(1);
        DemandSeries months = DemandSeries.of(t, CleaningOptions.ORIGINAL.nonProducts(), Period.MONTH);
        assertThat(months.units(months.indexOf("X"))).containsExactly(5);
    }

    @Test
    void abcByCumulativeRevenueShare() {
        InventoryReport r = new InventoryAnalysis(InventoryOptions.DEFAULT).analyse(weekly());
        // APL 12 of 18 (0.667 ≤ 0.80: A), then BAN brings the cumulative share to 1 (C)
        assertThat(r.products()).extracting(ProductInventory::code).containsExactly("APL", "BAN");
        assertThat(r.products().get(0).abcXyz()).isEqualTo("AX");
        assertThat(r.products().get(1).abcXyz()).isEqualTo("CX");
        assertThat(r.products().get(0).revenueShare()).isCloseTo(12.0 / 18, within(1e-12));
        assertThat(r.matrix()).hasSize(9);
        assertThat(r.matrix().stream()
                        .mapToInt(InventoryReport.MatrixCell::products)
                        .sum())
                .isEqualTo(2);
    }

    @Test
    void reorderPointIsLeadTimeDemandPlusSafetyStock() {
        double[] y = {10, 12, 8, 11, 9, 10, 12, 8};
        TransactionTable.Builder b = TransactionTable.builder();
        LocalDateTime monday = LocalDateTime.of(2011, 1, 3, 9, 0);
        for (int w = 0; w < y.length; w++) {
            b.add("I" + w, "P", "P", (int) y[w], monday.plusWeeks(w), 1.0, null, "UK");
        }
        DemandSeries s = DemandSeries.of(b.build(), CleaningOptions.ORIGINAL.nonProducts(), Period.WEEK);
        InventoryOptions options =
                new InventoryOptions(Period.WEEK, 0.8, 0.95, 0.5, 1.0, ForecastMethod.CROSTON, 0.1, 0.1, 4, 3, 2, 0.95);
        ProductInventory p =
                new InventoryAnalysis(options).analyse(s).products().get(0);
        double forecast = Forecasts.croston(y, y.length, 0.1);
        Backtest backtest = Backtest.run(y, 3, ForecastMethod.CROSTON, 0.1, 0.1);
        assertThat(p.forecast()).containsExactly(forecast, forecast, forecast, forecast);
        assertThat(p.leadTimeDemand()).isCloseTo(2 * forecast, within(1e-12));
        assertThat(p.safetyStock()).isCloseTo(1.6448536269514722 * backtest.rmse() * Math.sqrt(2), within(1e-9));
        assertThat(p.reorderPoint()).isCloseTo(p.leadTimeDemand() + p.safetyStock(), within(1e-12));
    }

    @Test
    void autoPicksByDemandClassAndFading() {
        double[] fading = {5, 3, 6, 4, 0, 0, 0, 0, 0};
        assertThat(InventoryAnalysis.fading(fading, DemandClass.adi(fading))).isTrue();
        assertThat(InventoryAnalysis.fading(new double[] {5, 3, 6, 4, 2}, 1)).isFalse();
        // a smooth product gets SES, an intermittent one SBA, a fading one TSB
        assertThat(autoMethod(new double[] {5, 5, 6, 5, 5, 6, 5, 5, 6})).isEqualTo(ForecastMethod.SES);
        assertThat(autoMethod(new double[] {5, 0, 5, 0, 5, 0, 5, 0, 5})).isEqualTo(ForecastMethod.SBA);
        assertThat(autoMethod(fading)).isEqualTo(ForecastMethod.TSB);
    }

    /** The method AUTO chooses for one product selling {@code y} units in consecutive weeks. */
    private static ForecastMethod autoMethod(double[] y) {
        TransactionTable.Builder b = TransactionTable.builder();
        LocalDateTime monday = LocalDateTime.of(2011, 1, 3, 9, 0);
        for (int w = 0; w < y.length; w++) {
            b.add("I" + w, "P", "P", (int) y[w], monday.plusWeeks(w), 1.0, null, "UK");
        }
        DemandSeries s = DemandSeries.of(b.build(), CleaningOptions.ORIGINAL.nonProducts(), Period.WEEK);
        return new InventoryAnalysis(InventoryOptions.DEFAULT)
                .analyse(s)
                .products()
                .get(0)
                .method();
    }

    @Test
    void optionsOutOfRangeNameTheOption() {
        assertThatThrownBy(() -> new InventoryOptions(
                        Period.WEEK, 0.95, 0.8, 0.5, 1.0, ForecastMethod.AUTO, 0.1, 0.1, 8, 12, 2, 0.95))
                .hasMessageContaining("--abc");
        assertThatThrownBy(() -> new InventoryOptions(
                        Period.WEEK, 0.8, 0.95, 0.5, 1.0, ForecastMethod.AUTO, 0.1, 0.1, 0, 12, 2, 0.95))
                .hasMessageContaining("--horizon");
        assertThatThrownBy(() -> new InventoryOptions(
                        Period.WEEK, 0.8, 0.95, 0.5, 1.0, ForecastMethod.AUTO, 0.1, 0.1, 8, 12, 2, 1.0))
                .hasMessageContaining("--service-level");
    }
}
