package com.shopperspectrum.core.clv;

import static com.shopperspectrum.core.clv.SpecialFunctions.lnGamma;

/**
 * Tanh–sinh (double exponential) quadrature on (0, 1) for expectations over a Beta density (Takahasi &amp; Mori
 * 1974). Nodes and weights are on the log scale, so the integrable end-point singularities of Beta densities with
 * shape below 1 are handled without overflow.
 */
final class Quadrature {
    private static final double H = 1.0 / 16;
    private static final int K = 112; // t up to 7: p down to about e^-1720, far below any Beta mass
    private static final double[] LOG_P = new double[2 * K + 1];
    private static final double[] LOG_Q = new double[2 * K + 1];
    private static final double[] LOG_W = new double[2 * K + 1];

    static {
        for (int k = -K; k <= K; k++) {
            double t = k * H;
            double u = Math.PI / 2 * Math.sinh(t);
            int i = k + K;
            LOG_P[i] = -Math.log1p(Math.exp(-2 * u));
            LOG_Q[i] = -Math.log1p(Math.exp(2 * u));
            double au = Math.abs(u);
            LOG_W[i] =
                    Math.log(H * Math.PI / 2 * Math.cosh(t)) + Math.log(2) - 2 * (au + Math.log1p(Math.exp(-2 * au)));
        }
    }

    private Quadrature() {}

    /**
     * E over p ~ Beta(a, b) of (1 − (A / (A + p t))^R) / p, for each t of {@code times}: the BG/NBD expected number
     * of transactions in t given alive, λ ~ Gamma(R, A).
     */
    static double[] bgNbdGivenAlive(double shapeR, double rateA, double a, double b, double[] times) {
        double logBeta = lnGamma(a) + lnGamma(b) - lnGamma(a + b);
        double[] out = new double[times.length];
        for (int i = 0; i < LOG_P.length; i++) {
            double w = Math.exp(LOG_W[i] + (a - 1) * LOG_P[i] + (b - 1) * LOG_Q[i] - logBeta);
            if (w == 0 || !Double.isFinite(w)) {
                continue;
            }
            double p = Math.exp(LOG_P[i]);
            for (int k = 0; k < times.length; k++) {
                out[k] += w * perUnitDropout(p, times[k], shapeR, rateA);
            }
        }
        return out;
    }

    /** (1 − (A/(A + p t))^R) / p, with its limit R t / A as p → 0. */
    private static double perUnitDropout(double p, double t, double shapeR, double rateA) {
        double y = p * t / rateA;
        if (y < 1e-10) {
            return shapeR * t / rateA * (1 - (shapeR + 1) * y / 2);
        }
        return -Math.expm1(-shapeR * Math.log1p(y)) / p;
    }
}
