package com.shopperspectrum.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** Quantiles against values computed independently (mpmath at 30 digits; tan for one degree of freedom). */
class DistributionsTest {
    @Test
    void normalQuantiles() {
        assertThat(Distributions.normalQuantile(0.5)).isCloseTo(0, within(1e-15));
        assertThat(Distributions.normalQuantile(0.95)).isCloseTo(1.6448536269514722, within(1e-13));
        assertThat(Distributions.normalQuantile(0.999)).isCloseTo(3.090232306167813, within(1e-12));
        assertThat(Distributions.normalQuantile(0.01)).isCloseTo(-2.3263478740408408, within(1e-12));
    }

    @Test
    void studentTQuantiles() {
        // one degree of freedom: the Cauchy quantile tan(π(p − 1/2))
        assertThat(Distributions.tQuantile(0.975, 1)).isCloseTo(Math.tan(Math.PI * 0.475), within(1e-9));
        // mpmath: findroot of the regularized incomplete beta at 30 digits
        assertThat(Distributions.tQuantile(0.975, 50)).isCloseTo(2.0085591121007611, within(1e-11));
        assertThat(Distributions.tQuantile(0.975, 10)).isCloseTo(2.2281388519649385, within(1e-9));
        assertThat(Distributions.tQuantile(0.025, 10)).isCloseTo(-2.2281388519649385, within(1e-9));
    }

    @Test
    void outOfRangeProbabilitiesAreRefused() {
        assertThatThrownBy(() -> Distributions.normalQuantile(1)).hasMessageContaining("(0, 1)");
        assertThatThrownBy(() -> Distributions.tQuantile(0.5, 0)).hasMessageContaining("df >= 1");
    }
}
