package com.shopperspectrum.core.inventory;

/**
 * A band around a product's flat forecast: forecast ± z((1 + level) / 2) × the backtest's RMSE, floored at 0, the
 * same per period of the horizon. It takes the reorder view's assumption (normal, independent one-step errors with
 * the spread the backtest measured), so it is as honest as that backtest: wide where the method missed, absent
 * (null) where there was no backtest (too short a history).
 *
 * @param level the band's coverage, in (0, 1)
 * @param low   lower end per period of the horizon
 * @param high  upper end per period of the horizon
 */
public record ForecastBand(double level, double[] low, double[] high) {
    public ForecastBand {
        low = low.clone();
        high = high.clone();
    }

    @Override
    public double[] low() {
        return low.clone();
    }

    @Override
    public double[] high() {
        return high.clone();
    }

    /** The band of {@code product}'s forecast at {@code level}, or null when it has no backtest. */
    public static ForecastBand of(ProductInventory product, double level) {
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("a band's level must be in (0, 1), got " + level);
        }
        if (product.backtest().origins() == 0) {
            return null;
        }
        double half = Distributions.normalQuantile((1 + level) / 2)
                * product.backtest().rmse();
        double[] f = product.forecast();
        double[] low = new double[f.length];
        double[] high = new double[f.length];
        for (int h = 0; h < f.length; h++) {
            low[h] = Math.max(0, f[h] - half);
            high[h] = f[h] + half;
        }
        return new ForecastBand(level, low, high);
    }
}
