package com.shopperspectrum.core.clv;

/**
 * The special functions the "buy 'til you die" likelihoods need, all on the log scale: log-gamma (Lanczos,
 * g = 7, 9 terms: about 15 significant digits), log-sum-exp, log(1 − e^x), and the Gaussian hypergeometric
 * series 2F1(1, b; c; z) that the Pareto/NBD terms reduce to after Euler's transformation (Fader &amp; Hardie,
 * "A Note on Deriving the Pareto/NBD Model and Related Expressions", 2005).
 */
final class SpecialFunctions {
    private static final double[] LANCZOS = {
        0.99999999999980993,
        676.5203681218851,
        -1259.1392167224028,
        771.32342877765313,
        -176.61502916214059,
        12.507343278686905,
        -0.13857109526572012,
        9.9843695780195716e-6,
        1.5056327351493116e-7
    };
    private static final double HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

    private SpecialFunctions() {}

    /** ln Γ(x) for x &gt; 0. */
    static double lnGamma(double x) {
        if (x < 0.5) {
            // reflection: Γ(x)Γ(1 − x) = π / sin(πx)
            return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
        }
        double y = x - 1;
        double sum = LANCZOS[0];
        double t = y + 7.5;
        for (int i = 1; i < LANCZOS.length; i++) {
            sum += LANCZOS[i] / (y + i);
        }
        return HALF_LOG_TWO_PI + (y + 0.5) * Math.log(t) - t + Math.log(sum);
    }

    /** ln(e^a + e^b), without overflow; −∞ when both are −∞. */
    static double logSumExp(double a, double b) {
        double max = Math.max(a, b);
        if (max == Double.NEGATIVE_INFINITY) {
            return max;
        }
        return max + Math.log1p(Math.exp(Math.min(a, b) - max));
    }

    /** ln(1 − e^x) for x ≤ 0 (Mächler's split at −ln 2); −∞ at x = 0. */
    static double log1mExp(double x) {
        return x > -0.6931471805599453 ? Math.log(-Math.expm1(x)) : Math.log1p(-Math.exp(x));
    }

    /**
     * ln 2F1(1, b; c; z) = ln Σ_k z^k Π_{j&lt;k} (b + j) / (c + j) for b, c &gt; 0 and 0 ≤ z &lt; 1. The terms are
     * positive; the sum stops when a term no longer changes it. NaN when that takes more than {@code maxTerms}
     * terms (z near 1 with a slowly falling ratio): the caller then integrates instead.
     */
    static double log2F1One(double b, double c, double z, int maxTerms) {
        double sum = 1;
        double term = 1;
        for (int k = 0; k < maxTerms; k++) {
            term *= (b + k) / (c + k) * z;
            double next = sum + term;
            if (next == sum) {
                return Math.log(sum);
            }
            sum = next;
        }
        return Double.NaN;
    }
}
