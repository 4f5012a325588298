package com.shopperspectrum.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class PriceResponseTest {
    @Test
    void recoversAnExactLogLogSlope() {
        // units = 1000 · price^-2 exactly, at ten prices: slope -2, no residual, R² 1
        double[] prices = {1, 1.1, 1.2, 0.9, 1.5, 1.3, 0.8, 1.05, 1.25, 0.95};
        double[] units = new double[prices.length];
        double[] revenue = new double[prices.length];
        for (int w = 0; w < prices.length; w++) {
            units[w] = 1000 * Math.pow(prices[w], -2);
            revenue[w] = units[w] * prices[w];
        }
        PriceResponse r = PriceResponse.fit("P", null, units, revenue, 8, 0.05);
        assertThat(r.reason()).isNull();
        assertThat(r.weeks()).isEqualTo(10);
        assertThat(r.estimate().slope()).isCloseTo(-2, within(1e-9));
        assertThat(r.estimate().standardError()).isCloseTo(0, within(1e-6));
        assertThat(r.estimate().rSquared()).isCloseTo(1, within(1e-9));
    }

    @Test
    void aNoisyFitHasAnIntervalAroundItsSlope() {
        // ln u = 5 - x + e with e = ±0.1 alternating on 8 weeks: the slope's 95 % interval holds -1 ± t·se
        double[] x = {-0.3, -0.2, -0.1, 0, 0.1, 0.2, 0.3, 0.4};
        double[] units = new double[x.length];
        double[] revenue = new double[x.length];
        for (int w = 0; w < x.length; w++) {
            units[w] = Math.exp(5 - x[w] + (w % 2 == 0 ? 0.1 : -0.1));
            revenue[w] = units[w] * Math.exp(x[w]);
        }
        PriceResponse.Estimate e =
                PriceResponse.fit("P", null, units, revenue, 8, 0.05).estimate();
        double t = Distributions.tQuantile(0.975, 6);
        assertThat(e.low()).isCloseTo(e.slope() - t * e.standardError(), within(1e-12));
        assertThat(e.high()).isCloseTo(e.slope() + t * e.standardError(), within(1e-12));
        assertThat(e.low()).isLessThan(-1);
        assertThat(e.high()).isGreaterThan(-1);
    }

    @Test
    void tooFewWeeksOrTooLittleVariationGiveAReason() {
        double[] units = {5, 5, 5, 5, 5, 5, 5, 5, 5, 5};
        double[] revenue = {10, 10, 10, 10, 10, 10, 10, 10, 10, 10};
        PriceResponse flat = PriceResponse.fit("P", null, units, revenue, 8, 0.05);
        assertThat(flat.estimate()).isNull();
        assertThat(flat.reason()).contains("not enough price variation").contains("0.0 %");
        PriceResponse shortSeries = PriceResponse.fit("P", null, new double[] {1, 2}, new double[] {1, 3}, 8, 0.05);
        assertThat(shortSeries.reason()).contains("2 weeks with sales, at least 8");
    }
}
