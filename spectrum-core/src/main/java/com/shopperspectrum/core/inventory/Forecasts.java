package com.shopperspectrum.core.inventory;

/**
 * The forecasting recursions, each on the first {@code n} values of a series, giving the flat forecast for the
 * periods after them. Start values (documented in docs/inventory.md and checked by hand in ForecastsTest):
 *
 * <ul>
 *   <li>SES: level ℓ₁ = y₁, ℓₜ = α·yₜ + (1 − α)·ℓₜ₋₁; forecast ℓₙ.
 *   <li>Croston: at the first non-zero demand (period i, 0-based) size z = yᵢ and interval p = i + 1; at each later
 *       non-zero demand, z ← z + α(yₜ − z) and p ← p + α(q − p), q = periods since the previous demand; forecast
 *       z / p. SBA multiplies it by 1 − α/2.
 *   <li>TSB: at the first non-zero demand z = yᵢ and probability π = 1 / (i + 1); every later period
 *       π ← π + β(1[yₜ &gt; 0] − π), and z ← z + α(yₜ − z) when yₜ &gt; 0; forecast π·z.
 * </ul>
 *
 * All give 0 before the first non-zero demand. Forecasts are finite and non-negative for non-negative series.
 */
public final class Forecasts {
    /** The grid SES's α is chosen from: 0.05, 0.10, …, 0.95. */
    static final double[] SES_GRID = grid();

    private Forecasts() {}

    private static double[] grid() {
        double[] g = new double[19];
        for (int i = 0; i < g.length; i++) {
            g[i] = (i + 1) * 0.05;
        }
        return g;
    }

    public static double ses(double[] y, int n, double alpha) {
        if (n == 0) {
            return 0;
        }
        double level = y[0];
        for (int t = 1; t < n; t++) {
            level = alpha * y[t] + (1 - alpha) * level;
        }
        return level;
    }

    /**
     * SES's α on the first {@code n} values: the grid value with the least sum of squared one-step errors
     * Σₜ₌₂..ₙ (yₜ − ℓₜ₋₁)² (ties: the smaller α); the first grid value when n &lt; 3.
     */
    public static double sesAlpha(double[] y, int n) {
        double best = SES_GRID[0];
        double bestError = Double.POSITIVE_INFINITY;
        if (n < 3) {
            return best;
        }
        for (double alpha : SES_GRID) {
            double level = y[0];
            double sse = 0;
            for (int t = 1; t < n; t++) {
                sse += (y[t] - level) * (y[t] - level);
                level = alpha * y[t] + (1 - alpha) * level;
            }
            if (sse < bestError) {
                bestError = sse;
                best = alpha;
            }
        }
        return best;
    }

    public static double croston(double[] y, int n, double alpha) {
        int first = firstDemand(y, n);
        if (first < 0) {
            return 0;
        }
        double size = y[first];
        double interval = first + 1;
        int previous = first;
        for (int t = first + 1; t < n; t++) {
            if (y[t] > 0) {
                size += alpha * (y[t] - size);
                interval += alpha * ((t - previous) - interval);
                previous = t;
            }
        }
        return size / interval;
    }

    public static double sba(double[] y, int n, double alpha) {
        return (1 - alpha / 2) * croston(y, n, alpha);
    }

    public static double tsb(double[] y, int n, double alpha, double beta) {
        int first = firstDemand(y, n);
        if (first < 0) {
            return 0;
        }
        double size = y[first];
        double probability = 1.0 / (first + 1);
        for (int t = first + 1; t < n; t++) {
            boolean demand = y[t] > 0;
            probability += beta * ((demand ? 1 : 0) - probability);
            if (demand) {
                size += alpha * (y[t] - size);
            }
        }
        return probability * size;
    }

    /** The forecast of {@code method} (not AUTO) with the given smoothing constants. */
    public static double forecast(ForecastMethod method, double[] y, int n, double alpha, double beta) {
        return switch (method) {
            case SES -> ses(y, n, sesAlpha(y, n));
            case CROSTON -> croston(y, n, alpha);
            case SBA -> sba(y, n, alpha);
            case TSB -> tsb(y, n, alpha, beta);
            case AUTO -> throw new IllegalArgumentException("resolve AUTO to a method first");
        };
    }

    private static int firstDemand(double[] y, int n) {
        for (int t = 0; t < n; t++) {
            if (y[t] > 0) {
                return t;
            }
        }
        return -1;
    }
}
