package com.shopperspectrum.core.clv;

import java.util.List;

/**
 * A fitted "buy 'til you die" model of the purchase process: per customer summary (x, t_x, T) the likelihood,
 * the probability of being alive at T, and the expected number of transactions in the next t units.
 */
public sealed interface PurchaseModel permits BgNbd, ParetoNbd {
    /** {@code "bgnbd"} or {@code "pareto"}. */
    String name();

    /** The parameter names in order ({@code r, alpha, a, b} or {@code r, alpha, s, beta}). */
    List<String> parameterNames();

    double[] parameters();

    double logLikelihood(int x, double tx, double bigT);

    /** Σ_i w_i ln L(x_i, t_x_i, T_i); the customers sorted by x lets a model share the terms of equal x. */
    default double logLikelihood(SummaryData d) {
        double sum = 0;
        for (int i = 0; i < d.size(); i++) {
            sum += d.weight(i) * logLikelihood(d.x(i), d.tx(i), d.bigT(i));
        }
        return sum;
    }

    /** P(alive at T | x, t_x, T), in [0, 1]. */
    double pAlive(int x, double tx, double bigT);

    /**
     * E[Y(t_k) | x, t_x, T] for each t_k of {@code times} (ascending, ≥ 0): expected transactions in (T, T + t_k].
     */
    double[] expected(double[] times, int x, double tx, double bigT);

    /** E[X(t)] of a customer who has just made a first purchase, for each t of {@code times} (ascending). */
    double[] expectedFromStart(double[] times);
}
