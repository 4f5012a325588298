package com.shopperspectrum.core.clv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The published figures on the CDNOW 1/10 sample (calibration 1997-01-01 .. 1997-09-30, 39 weeks; see
 * ../shared/data/SOURCES.md): Fader, Hardie &amp; Lee 2005 (BG/NBD and Pareto/NBD, Marketing Science 24(2)),
 * Hardie's spreadsheet for the conditional expectation, and Fader &amp; Hardie's 2013 Gamma-Gamma note. Each is
 * matched to the precision it is published with.
 */
class ClvReferenceTest {
    private static CustomerSummary summary;

    @BeforeAll
    static void read() {
        summary = Cdnow.calibration();
    }

    @Test
    void summaryHasThePublishedCounts() {
        assertThat(summary.size()).isEqualTo(2357);
        assertThat(summary.repeaters()).isEqualTo(946);
        assertThat(ClvFitter.spenders(summary)).hasSize(946);
        assertThat(summary.holdoutLength()).isCloseTo(39, within(1e-9));
    }

    @Test
    void bgNbdMatchesFaderHardieLee2005() {
        ModelFit f = ClvFitter.bgNbd(summary, 0);
        assertThat(f.converged()).isTrue();
        assertThat(f.atBoundary()).isFalse();
        var p = f.parameterMap();
        assertThat(p.get("r")).isCloseTo(0.243, within(0.0005));
        assertThat(p.get("alpha")).isCloseTo(4.414, within(0.0005));
        assertThat(p.get("a")).isCloseTo(0.793, within(0.0005));
        assertThat(p.get("b")).isCloseTo(2.426, within(0.0005));
        assertThat(f.logLikelihood()).isCloseTo(-9582.4, within(0.05));
        assertThat(f.standardErrorMap().values())
                .allSatisfy(se -> assertThat(se).isPositive().isFinite());
    }

    @Test
    void conditionalExpectationMatchesHardiesSpreadsheet() {
        BgNbd m = new BgNbd(0.243, 4.414, 0.793, 2.426);
        assertThat(m.expected(new double[] {39}, 2, 30.43, 38.86)[0]).isCloseTo(1.226, within(0.0005));
    }

    @Test
    void paretoNbdMatchesThePublishedFit() {
        ModelFit f = ClvFitter.paretoNbd(summary, 0);
        assertThat(f.converged()).isTrue();
        var p = f.parameterMap();
        assertThat(p.get("r")).isCloseTo(0.553, within(0.0005));
        assertThat(p.get("alpha")).isCloseTo(10.578, within(0.0005));
        assertThat(p.get("s")).isCloseTo(0.606, within(0.0005));
        assertThat(p.get("beta")).isCloseTo(11.669, within(0.0005));
        assertThat(f.logLikelihood()).isCloseTo(-9595.0, within(0.05));
    }

    @Test
    void gammaGammaMatchesFaderHardie2013() {
        ModelFit f = ClvFitter.gammaGamma(summary, 0);
        assertThat(f.converged()).isTrue();
        var p = f.parameterMap();
        assertThat(p.get("p")).isCloseTo(6.25, within(0.005));
        assertThat(p.get("q")).isCloseTo(3.74, within(0.005));
        assertThat(p.get("gamma")).isCloseTo(15.44, within(0.005));
        assertThat(f.logLikelihood()).isCloseTo(-4055.92, within(0.005));
    }

    @Test
    void analysisIsTrustworthyAndTheModelBeatsBothBaselinesInTheHoldout() {
        ClvResult r = ClvAnalysis.run(
                summary,
                ClvOptions.DEFAULT.withSummary(new SummaryOptions(ClvUnit.WEEKS, Cdnow.CALIBRATION_END, null)));
        assertThat(r.trustworthy()).as("%s", r.reasons()).isTrue();
        assertThat(r.chosenBy()).isEqualTo("backtest");
        assertThat(r.chosenByText()).isEqualTo("the backtest (holdout error)");
        Backtest b = r.backtest();
        assertThat(b.maeModel()).isLessThan(b.maeNaive()).isLessThan(b.maeAverage());
        // the tracking plot ends within 5 % of the 4,339 actual cumulative repeat transactions
        var last = b.tracking().get(b.tracking().size() - 1);
        assertThat(last.actual()).isEqualTo(4339);
        assertThat(last.expected()).isCloseTo(last.actual(), within(0.05 * last.actual()));
        assertThat(r.customers()).allSatisfy(c -> assertThat(c.clv()).isFinite().isGreaterThanOrEqualTo(0));
    }
}
