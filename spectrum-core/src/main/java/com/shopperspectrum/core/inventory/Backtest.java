package com.shopperspectrum.core.inventory;

/**
 * A rolling-origin backtest of one-step-ahead forecasts (Tashman 2000, Int. J. Forecasting 16): for each of the
 * last {@code origins} periods t, the method sees y₁..yₜ₋₁ and forecasts yₜ; so does the naive forecast (the
 * last value, yₜ₋₁). MASE scales the method's MAE by the in-sample MAE of the naive forecast on the periods
 * before the first origin (Hyndman &amp; Koehler 2006, Int. J. Forecasting 22).
 *
 * @param origins  how many origins were evaluated (0 when the series is too short: fewer than 3 periods before
 *                 the first origin)
 * @param mae      the method's mean absolute error
 * @param rmse     the method's root mean squared error
 * @param naiveMae the naive forecast's mean absolute error at the same origins
 * @param mase     MAE / in-sample naive MAE, or null when that scale is 0 (a constant training part)
 */
public record Backtest(int origins, double mae, double rmse, double naiveMae, Double mase) {
    /** Periods needed before the first origin. */
    public static final int MIN_TRAINING = 3;

    /** Whether the method's MAE is below the naive forecast's. */
    public boolean beatsNaive() {
        return origins > 0 && mae < naiveMae;
    }

    /** The backtest of {@code method} (not AUTO) over the last {@code origins} periods of {@code y}. */
    public static Backtest run(double[] y, int origins, ForecastMethod method, double alpha, double beta) {
        int used = Math.min(origins, y.length - MIN_TRAINING);
        if (used <= 0) {
            return new Backtest(0, 0, 0, 0, null);
        }
        int start = y.length - used;
        double abs = 0;
        double sq = 0;
        double naive = 0;
        for (int t = start; t < y.length; t++) {
            double e = y[t] - Forecasts.forecast(method, y, t, alpha, beta);
            abs += Math.abs(e);
            sq += e * e;
            naive += Math.abs(y[t] - y[t - 1]);
        }
        double scale = 0;
        for (int t = 1; t < start; t++) {
            scale += Math.abs(y[t] - y[t - 1]);
        }
        scale /= start - 1;
        double mae = abs / used;
        return new Backtest(used, mae, Math.sqrt(sq / used), naive / used, scale > 0 ? mae / scale : null);
    }
}
