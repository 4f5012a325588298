/**
 * Customer lifetime value with the "buy 'til you die" models: the customer summary ({@link
 * com.shopperspectrum.core.clv.CustomerSummary}: same-day purchases are one transaction; x, t_x, T, m_x), the
 * BG/NBD (Fader, Hardie &amp; Lee 2005) and Pareto/NBD (Schmittlein, Morrison &amp; Colombo 1987) purchase models
 * and the Gamma-Gamma spend model by maximum likelihood ({@link com.shopperspectrum.core.clv.ClvFitter}), P(alive),
 * expected transactions, discounted CLV and a holdout backtest ({@link com.shopperspectrum.core.clv.ClvAnalysis},
 * {@link com.shopperspectrum.core.clv.Backtest}). Fits that the data cannot identify (estimates at the boundary)
 * are reported as not trustworthy instead of producing numbers. Pure arithmetic: no IO, no dependencies.
 */
package com.shopperspectrum.core.clv;
