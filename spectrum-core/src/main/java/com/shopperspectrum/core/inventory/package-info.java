/**
 * Inventory and pricing from the sales lines: per-product demand series ({@link DemandSeries}), ABC/XYZ classes
 * and the Syntetos–Boylan demand classes ({@link DemandClass}), the forecasting recursions for smooth and
 * intermittent demand ({@link Forecasts}: SES, Croston, SBA, TSB) with a rolling-origin backtest
 * ({@link Backtest}) and a reorder view, and the observed price response ({@link PriceResponse}).
 *
 * <p>Sales lines are every line the cleaning keeps when lines without a customer id are kept too (they are real
 * sales), less the non-products. Everything here is pure arithmetic on those lines: no IO.
 */
package com.shopperspectrum.core.inventory;
