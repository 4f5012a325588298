package com.shopperspectrum.core.clv;

import static com.shopperspectrum.core.clv.SpecialFunctions.lnGamma;

/**
 * The Gamma-Gamma spend model (Fader, Hardie &amp; Lee 2005, JMR 42(4); Fader &amp; Hardie, "The Gamma-Gamma
 * Model of Monetary Value", 2013): transaction values are Gamma(p, ν) around a customer's mean, ν ~ Gamma(q, γ).
 * Fitted on the mean repeat value m_x of the customers with x &gt; 0 and m_x &gt; 0; it assumes the value does
 * not depend on the frequency, which the analysis checks (the correlation of x and m_x).
 */
public record GammaGamma(double p, double q, double gamma) {
    static GammaGamma ofLog(double[] v) {
        return new GammaGamma(Math.exp(v[0]), Math.exp(v[1]), Math.exp(v[2]));
    }

    /** ln f(m_x | p, q, γ, x) of the 2013 note, equation 4 (x &gt; 0, m_x &gt; 0). */
    public double logLikelihood(int x, double mx) {
        double px = p * x;
        return lnGamma(px + q)
                - lnGamma(px)
                - lnGamma(q)
                + q * Math.log(gamma)
                + (px - 1) * Math.log(mx)
                + px * Math.log(x)
                - (px + q) * Math.log(gamma + mx * x);
    }

    /**
     * E[M | x, m_x] = p (γ + x m_x) / (p x + q − 1); for x = 0 (or no valid m_x) the population mean p γ / (q − 1).
     * NaN when that mean does not exist (q ≤ 1 with x = 0).
     */
    public double expectedValue(int x, double mx) {
        if (x == 0 || !(mx > 0)) {
            return q > 1 ? p * gamma / (q - 1) : Double.NaN;
        }
        return p * (gamma + x * mx) / (p * x + q - 1);
    }
}
