package com.shopperspectrum.core.clv;

import static com.shopperspectrum.core.clv.SpecialFunctions.lnGamma;
import static com.shopperspectrum.core.clv.SpecialFunctions.logSumExp;

import java.util.List;

/**
 * The BG/NBD model (Fader, Hardie &amp; Lee 2005, "Counting your customers the easy way", Marketing Science
 * 24(2)): while active a customer buys at a Poisson rate λ ~ Gamma(r, α); after each transaction she drops out
 * with probability p ~ Beta(a, b). The log-likelihood (their equation 6) is evaluated as
 * A1 + A2 + logsumexp(A3, A4), never as a difference of small numbers.
 *
 * <p>The conditional expectation uses the posterior given alive (λ ~ Gamma(r + x, α + T), p ~ Beta(a, b + x)):
 * E[Y(t)] = P(alive) · E[(1 − ((α+T)/(α+T+pt))^(r+x)) / p], the p-integral by tanh–sinh quadrature. It equals
 * the paper's equation 10 with its Gaussian hypergeometric function, and is defined for every a &gt; 0 (also a = 1).
 */
public record BgNbd(double r, double alpha, double a, double b) implements PurchaseModel {
    @Override
    public String name() {
        return "bgnbd";
    }

    @Override
    public List<String> parameterNames() {
        return List.of("r", "alpha", "a", "b");
    }

    @Override
    public double[] parameters() {
        return new double[] {r, alpha, a, b};
    }

    static BgNbd ofLog(double[] p) {
        return new BgNbd(Math.exp(p[0]), Math.exp(p[1]), Math.exp(p[2]), Math.exp(p[3]));
    }

    @Override
    public double logLikelihood(int x, double tx, double bigT) {
        double a1 = lnGamma(r + x) - lnGamma(r) + r * Math.log(alpha);
        double a2 = lnGamma(a + b) + lnGamma(b + x) - lnGamma(b) - lnGamma(a + b + x);
        double a3 = -(r + x) * Math.log(alpha + bigT);
        double a4 =
                x > 0 ? Math.log(a) - Math.log(b + x - 1) - (r + x) * Math.log(alpha + tx) : Double.NEGATIVE_INFINITY;
        return a1 + a2 + logSumExp(a3, a4);
    }

    @Override
    public double logLikelihood(SummaryData d) {
        double lnA = Math.log(a);
        double common = -lnGamma(r) + r * Math.log(alpha) + lnGamma(a + b) - lnGamma(b);
        double sum = 0;
        int lastX = -1;
        double head = 0;
        double lnB = 0;
        for (int i = 0; i < d.size(); i++) {
            int x = d.x(i);
            if (x != lastX) {
                head = common + lnGamma(r + x) + lnGamma(b + x) - lnGamma(a + b + x);
                lnB = x > 0 ? lnA - Math.log(b + x - 1) : 0;
                lastX = x;
            }
            double a3 = -(r + x) * Math.log(alpha + d.bigT(i));
            double a4 = x > 0 ? lnB - (r + x) * Math.log(alpha + d.tx(i)) : Double.NEGATIVE_INFINITY;
            sum += d.weight(i) * (head + logSumExp(a3, a4));
        }
        return sum;
    }

    @Override
    public double pAlive(int x, double tx, double bigT) {
        if (x == 0) {
            return 1;
        }
        double logRatio = Math.log(a) - Math.log(b + x - 1) + (r + x) * (Math.log(alpha + bigT) - Math.log(alpha + tx));
        return 1 / (1 + Math.exp(logRatio));
    }

    @Override
    public double[] expected(double[] times, int x, double tx, double bigT) {
        double[] e = Quadrature.bgNbdGivenAlive(r + x, alpha + bigT, a, b + x, times);
        double alive = pAlive(x, tx, bigT);
        for (int k = 0; k < e.length; k++) {
            e[k] *= alive;
        }
        return e;
    }

    @Override
    public double[] expectedFromStart(double[] times) {
        return Quadrature.bgNbdGivenAlive(r, alpha, a, b, times);
    }
}
