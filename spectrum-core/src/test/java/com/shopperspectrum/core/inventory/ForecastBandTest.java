package com.shopperspectrum.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ForecastBandTest {
    private static ProductInventory product(double forecast, Backtest backtest) {
        return new ProductInventory(
                "A1",
                null,
                10,
                1,
                'A',
                'X',
                DemandClass.SMOOTH,
                20,
                forecast,
                0.1,
                1,
                0.1,
                false,
                ForecastMethod.SES,
                new double[] {forecast, forecast, forecast},
                backtest,
                0,
                0,
                0,
                null);
    }

    @Test
    void forecastPlusMinusZTimesTheBacktestRmseFlooredAtZero() {
        // z(0.975) = 1.959964; RMSE 2: half width 3.919928
        ForecastBand band = ForecastBand.of(product(5, new Backtest(12, 1.5, 2, 2.5, 0.8)), 0.95);
        assertThat(band.low()).hasSize(3);
        assertThat(band.low()[0]).isCloseTo(5 - 3.919928, within(1e-6));
        assertThat(band.high()[2]).isCloseTo(5 + 3.919928, within(1e-6));
        ForecastBand floored = ForecastBand.of(product(1, new Backtest(12, 1.5, 2, 2.5, 0.8)), 0.95);
        assertThat(floored.low()).containsOnly(0.0);
        assertThat(floored.high()[0]).isCloseTo(4.919928, within(1e-6));
    }

    @Test
    void noBandWithoutABacktestAndLevelsOutsideTheUnitIntervalAreRefused() {
        assertThat(ForecastBand.of(product(5, new Backtest(0, 0, 0, 0, null)), 0.95))
                .isNull();
        assertThatThrownBy(() -> ForecastBand.of(product(5, new Backtest(12, 1, 1, 1, 1.0)), 1))
                .hasMessageContaining("level must be in (0, 1), got 1.0");
    }
}
