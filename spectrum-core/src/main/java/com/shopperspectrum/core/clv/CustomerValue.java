package com.shopperspectrum.core.clv;

/**
 * One customer's row of the analysis: the summary (x, t_x, T, m_x) and the predictions, NaN where unavailable
 * (the purchase model is not trustworthy, or there is no money or no usable spend model).
 */
public record CustomerValue(
        String customerId,
        int x,
        double tx,
        double bigT,
        double mx,
        double pAlive,
        double expectedTransactions,
        double expectedValue,
        double clv) {}
