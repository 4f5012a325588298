package com.shopperspectrum.core.clv;

import static com.shopperspectrum.core.clv.SpecialFunctions.lnGamma;
import static com.shopperspectrum.core.clv.SpecialFunctions.log1mExp;
import static com.shopperspectrum.core.clv.SpecialFunctions.log2F1One;
import static com.shopperspectrum.core.clv.SpecialFunctions.logSumExp;

import java.util.List;

/**
 * The Pareto/NBD model (Schmittlein, Morrison &amp; Colombo 1987): while alive a customer buys at a Poisson rate
 * λ ~ Gamma(r, α) and dies at an exponential time with rate μ ~ Gamma(s, β).
 *
 * <p>The likelihood follows Fader &amp; Hardie's note ("A Note on Deriving the Pareto/NBD Model and Related
 * Expressions", 2005, equations 18–22): L = Γ(r+x) α^r β^s / Γ(r) · [(α+T)^-(r+x) (β+T)^-s + s/(r+s+x) · A0],
 * A0 = F(t_x) − F(T). Each F is written with Euler's transformation as (α+t)^-(r+x) (β+t)^-s · 2F1(1, r+x;
 * r+s+x+1; z) when α ≥ β (and symmetrically when α &lt; β), a series of positive terms with 0 ≤ z &lt; 1, and
 * the difference is taken on the log scale (log1mexp), so no term overflows or cancels.
 */
public record ParetoNbd(double r, double alpha, double s, double beta) implements PurchaseModel {
    @Override
    public String name() {
        return "pareto";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("r", "alpha", "s", "beta");
    }

    @Override
    public double[] parameters() {
        return new double[] {r, alpha, s, beta};
    }

    static ParetoNbd ofLog(double[] p) {
        return new ParetoNbd(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3]));
    }

    private static final int SERIES_TERMS = 2000;

    /** ln F(t) of the note (the antiderivative term of A0); NaN when its series converges too slowly. */
    private double logF(int x, double t) {
        double c = r + s + x + 1;
        double zMax = Math.abs(alpha - beta) / (Math.max(alpha, beta) + t);
        if (zMax > 0.9) {
            return Double.NaN;
        }
        if (alpha >= beta) {
            double z = (alpha - beta) / (alpha + t);
            return -s * Math.log(beta + t) - (r + x) * Math.log(alpha + t) + log2F1One(r + x, c, z, SERIES_TERMS);
        }
        double z = (beta - alpha) / (beta + t);
        return (1 - r - x) * Math.log(alpha + t) - (s + 1) * Math.log(beta + t) + log2F1One(s + 1, c, z, SERIES_TERMS);
    }

    /**
     * ln A0 (−∞ when t_x = T). By the note's hypergeometric terms; where their series converge too slowly (z near
     * 1 with few repeat purchases), by the integral they come from, A0 = (r+s+x) ∫ (α+τ)^-(r+x) (β+τ)^-(s+1) dτ
     * over [t_x, T], with Gauss–Legendre quadrature.
     */
    private double logA0(int x, double tx, double bigT) {
        if (!(bigT > tx)) {
            return Double.NEGATIVE_INFINITY;
        }
        double high = logF(x, tx);
        double low = logF(x, bigT);
        if (Double.isNaN(high) || Double.isNaN(low)) {
            return Math.log(r + s + x) + Quadrature.logParetoIntegral(alpha, r + x, beta, s + 1, tx, bigT);
        }
        return low >= high ? Double.NEGATIVE_INFINITY : high + log1mExp(low - high);
    }

    @Override
    public double logLikelihood(int x, double tx, double bigT) {
        double head = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha) + s * Math.log(beta);
        double alive = -(r + x) * Math.log(alpha + bigT) - s * Math.log(beta + bigT);
        double died = Math.log(s) - Math.log(r + s + x) + logA0(x, tx, bigT);
        return head + logSumExp(alive, died);
    }

    @Override
    public double pAlive(int x, double tx, double bigT) {
        double logRatio = Math.log(s)
                - Math.log(r + s + x)
                + (r + x) * Math.log(alpha + bigT)
                + s * Math.log(beta + bigT)
                + logA0(x, tx, bigT);
        return 1 / (1 + Math.exp(logRatio));
    }

    @Override
    public double[] expected(double[] times, int x, double tx, double bigT) {
        double alive = pAlive(x, tx, bigT);
        double[] e = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            e[k] = alive * (r + x) / (alpha + bigT) * lifetimeIntegral(beta + bigT, times[k]);
        }
        return e;
    }

    @Override
    public double[] expectedFromStart(double[] times) {
        double[] e = new double[times.length];
        for (int k = 0; k < times.length; k++) {
            e[k] = r / alpha * lifetimeIntegral(beta, times[k]);
        }
        return e;
    }

    /** E[(1 − e^(−μt)) / μ] for μ ~ Gamma(s, rate): rate/(s−1) · (1 − (rate/(rate+t))^(s−1)), with its s → 1 limit. */
    private double lifetimeIntegral(double rate, double t) {
        double logQ = Math.log(rate) - Math.log(rate + t);
        double sm1 = s - 1;
        return Math.abs(sm1) < 1e-9 ? -rate * logQ : -rate * Math.expm1(sm1 * logQ) / sm1;
    }
}
