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

    private static final int GL = 16;
    private static final double[] GL_X = new double[GL];
    private static final double[] GL_W = new double[GL];
    private static final double[] GL_LOG_W = new double[GL];

    static {
        // Gauss–Legendre nodes on (−1, 1) by Newton's method on P_16
        for (int i = 0; i < GL; i++) {
            double z = Math.cos(Math.PI * (i + 0.75) / (GL + 0.5));
            double dp = 0;
            for (int it = 0; it < 100; it++) {
                double p1 = 1;
                double p2 = 0;
                for (int j = 1; j <= GL; j++) {
                    double p3 = p2;
                    p2 = p1;
                    p1 = ((2 * j - 1) * z * p2 - (j - 1) * p3) / j;
                }
                dp = GL * (z * p1 - p2) / (z * z - 1);
                double z1 = z;
                z = z1 - p1 / dp;
                if (Math.abs(z - z1) < 1e-15) {
                    break;
                }
            }
            GL_X[i] = z;
            GL_W[i] = 2 / ((1 - z * z) * dp * dp);
            GL_LOG_W[i] = Math.log(GL_W[i]);
        }
    }

    private Quadrature() {}

    /**
     * ln ∫_{from}^{to} (α+τ)^-m (β+τ)^-n dτ, in u = ln(min(α, β) + τ), composite 16-point Gauss–Legendre with
     * pieces short enough for the integrand's decay (about e^-(m+n-1)u, at most a factor e^8 a piece).
     */
    static double logParetoIntegral(double alpha, double m, double beta, double n, double from, double to) {
        double c = Math.min(alpha, beta);
        double u0 = Math.log(c + from);
        double u1 = Math.log(c + to);
        // 16 nodes integrate e^(λu) over a piece with λ·width ≤ 8 to about 1e-16 (the error bound (λw/4)^32 / 32!)
        int pieces = (int) Math.max(1, Math.min(16, Math.ceil((u1 - u0) * Math.max(1, m + n - 1) / 8)));
        double width = (u1 - u0) / pieces;
        double logHalfWidth = Math.log(width / 2);
        // the nearer of α + τ and β + τ is e^u itself: one logarithm a node
        boolean alphaNearer = alpha <= beta;
        double far = alphaNearer ? beta - c : alpha - c;
        double mNear = alphaNearer ? m : n;
        double nFar = alphaNearer ? n : m;
        double max = Double.NEGATIVE_INFINITY;
        double[] logs = new double[pieces * GL];
        for (int p = 0; p < pieces; p++) {
            double mid = u0 + (p + 0.5) * width;
            for (int i = 0; i < GL; i++) {
                double u = mid + width / 2 * GL_X[i];
                double lg = logHalfWidth + GL_LOG_W[i] + u - mNear * u - nFar * Math.log(far + Math.exp(u));
                logs[p * GL + i] = lg;
                max = Math.max(max, lg);
            }
        }
        double sum = 0;
        for (double lg : logs) {
            sum += Math.exp(lg - max);
        }
        return max + Math.log(sum);
    }

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
