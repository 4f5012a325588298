package com.shopperspectrum.core.inventory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

/** The recursions on series small enough to follow by hand (the arithmetic is in each test's comment). */
class ForecastsTest {
    /** 0, 3, 0, 0, 5, 0 (an intermittent series). */
    private static final double[] SPARSE = {0, 3, 0, 0, 5, 0};

    @Test
    void crostonSmoothsSizeAndIntervalAtDemandsOnly() {
        // first demand t=1: z=3, p=1+1=2; t=4: z=3+0.1(5-3)=3.2, p=2+0.1((4-1)-2)=2.1; forecast 3.2/2.1
        assertThat(Forecasts.croston(SPARSE, 6, 0.1)).isCloseTo(3.2 / 2.1, within(1e-12));
        // before the first demand there is nothing to forecast from
        assertThat(Forecasts.croston(SPARSE, 1, 0.1)).isZero();
    }

    @Test
    void sbaRemovesCrostonsBias() {
        // (1 - 0.1/2) × 3.2/2.1
        assertThat(Forecasts.sba(SPARSE, 6, 0.1)).isCloseTo(0.95 * 3.2 / 2.1, within(1e-12));
    }

    @Test
    void tsbUpdatesTheProbabilityEveryPeriod() {
        // t=1: z=3, π=1/2; t=2: π=0.45; t=3: π=0.405; t=4: π=0.405+0.1(1-0.405)=0.4645, z=3.2;
        // t=5: π=0.4645-0.04645=0.41805; forecast 0.41805 × 3.2 = 1.33776
        assertThat(Forecasts.tsb(SPARSE, 6, 0.1, 0.1)).isCloseTo(1.33776, within(1e-12));
    }

    @Test
    void sesIsTheLastLevel() {
        // ℓ=2; ℓ=0.5·4+0.5·2=3; ℓ=0.5·6+0.5·3=4.5
        assertThat(Forecasts.ses(new double[] {2, 4, 6}, 3, 0.5)).isCloseTo(4.5, within(1e-12));
    }

    @Test
    void sesAlphaFollowsATrendWithTheLargestGridValue() {
        // on 2,4,6,8 the one-step errors shrink as α grows: α=0.95 gives 2² + 2.1² + 2.105² = 12.84...
        assertThat(Forecasts.sesAlpha(new double[] {2, 4, 6, 8}, 4)).isCloseTo(0.95, within(1e-12));
        // on a constant series every α gives 0: the smallest wins the tie
        assertThat(Forecasts.sesAlpha(new double[] {5, 5, 5, 5}, 4)).isCloseTo(0.05, within(1e-12));
    }

    @Test
    void backtestOfCrostonAgainstNaive() {
        // y = 2,4,2,4,2,4; origins 4 and 5. Origin 4 sees 2,4,2,4: z=2,p=1 then z=2.2, 2.18, 2.362 (p stays 1):
        // forecast 2.362 for y4=2 (|e|=0.362); origin 5: z=2.362+0.1(2-2.362)=2.3258 for y5=4 (|e|=1.6742).
        // naive: |2-4| and |4-2| = 2; the in-sample scale on t=1..3 is 2.
        Backtest b = Backtest.run(new double[] {2, 4, 2, 4, 2, 4}, 2, ForecastMethod.CROSTON, 0.1, 0.1);
        assertThat(b.origins()).isEqualTo(2);
        assertThat(b.mae()).isCloseTo((0.362 + 1.6742) / 2, within(1e-12));
        assertThat(b.rmse()).isCloseTo(Math.sqrt((0.362 * 0.362 + 1.6742 * 1.6742) / 2), within(1e-12));
        assertThat(b.naiveMae()).isCloseTo(2, within(1e-12));
        assertThat(b.mase()).isCloseTo((0.362 + 1.6742) / 4, within(1e-12));
        assertThat(b.beatsNaive()).isTrue();
    }

    @Test
    void aConstantSeriesHasNoMaseAndDoesNotBeatNaive() {
        Backtest b = Backtest.run(new double[] {4, 4, 4, 4, 4, 4}, 2, ForecastMethod.SES, 0.1, 0.1);
        assertThat(b.mae()).isZero();
        assertThat(b.mase()).isNull();
        assertThat(b.beatsNaive()).isFalse();
    }

    @Test
    void aSeriesTooShortHasNoBacktest() {
        assertThat(Backtest.run(new double[] {1, 2, 3}, 12, ForecastMethod.SES, 0.1, 0.1)
                        .origins())
                .isZero();
    }

    @Test
    void demandClassesByTheirCutOffs() {
        // ADI 1, CV² 0
        assertThat(DemandClass.of(new double[] {5, 5, 5, 5})).isEqualTo(DemandClass.SMOOTH);
        // ADI 1; sizes 1 and 9: mean 5, sd 4, CV² 0.64
        assertThat(DemandClass.of(new double[] {1, 9, 1, 9})).isEqualTo(DemandClass.ERRATIC);
        // ADI 4/2 = 2; sizes 5, 5: CV² 0
        assertThat(DemandClass.of(new double[] {5, 0, 5, 0})).isEqualTo(DemandClass.INTERMITTENT);
        // ADI 2; sizes 1, 9: CV² 0.64
        assertThat(DemandClass.of(new double[] {1, 0, 9, 0})).isEqualTo(DemandClass.LUMPY);
    }
}
