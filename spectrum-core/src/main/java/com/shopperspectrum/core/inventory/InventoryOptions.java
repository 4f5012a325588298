package com.shopperspectrum.core.inventory;

import java.util.Objects;

/**
 * What the inventory analysis computes, validated here (messages name the CLI option).
 *
 * @param period       the demand period (default week)
 * @param abcA         cumulative revenue share up to which a product is A (default 0.80)
 * @param abcB         … B (default 0.95); above, C
 * @param xyzX         coefficient of variation of the units up to which a product is X (default 0.5)
 * @param xyzY         … Y (default 1.0); above, Z
 * @param method       the forecasting method (default AUTO: by the demand class)
 * @param alpha        smoothing constant of Croston, SBA and TSB's size (default 0.1)
 * @param beta         TSB's smoothing constant of the demand probability (default 0.1)
 * @param horizon      periods to forecast, 1 to 104 (default 8)
 * @param backtest     rolling origins of the backtest, 1 to 104 (default 12)
 * @param leadTime     the replenishment lead time in periods, 0 to 52 (default 2)
 * @param serviceLevel the cycle service level of the safety stock, in (0, 1) (default 0.95)
 */
public record InventoryOptions(
        Period period,
        double abcA,
        double abcB,
        double xyzX,
        double xyzY,
        ForecastMethod method,
        double alpha,
        double beta,
        int horizon,
        int backtest,
        double leadTime,
        double serviceLevel) {
    public static final InventoryOptions DEFAULT =
            new InventoryOptions(Period.WEEK, 0.80, 0.95, 0.5, 1.0, ForecastMethod.AUTO, 0.1, 0.1, 8, 12, 2, 0.95);

    public InventoryOptions {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(method, "method");
        if (!(abcA > 0 && abcA < abcB && abcB < 1)) {
            throw new IllegalArgumentException(
                    "--abc needs two increasing shares in (0, 100), got " + pct(abcA) + "," + pct(abcB));
        }
        if (!(xyzX > 0 && xyzX < xyzY && Double.isFinite(xyzY))) {
            throw new IllegalArgumentException("--xyz needs two increasing positive limits, got " + xyzX + "," + xyzY);
        }
        check("--alpha", alpha);
        check("--beta", beta);
        if (horizon < 1 || horizon > 104) {
            throw new IllegalArgumentException("--horizon must be between 1 and 104 periods, got " + horizon);
        }
        if (backtest < 1 || backtest > 104) {
            throw new IllegalArgumentException("--backtest must be between 1 and 104 periods, got " + backtest);
        }
        if (!(leadTime >= 0 && leadTime <= 52)) {
            throw new IllegalArgumentException("--lead-time must be between 0 and 52 periods, got " + leadTime);
        }
        if (!(serviceLevel > 0 && serviceLevel < 1)) {
            throw new IllegalArgumentException("--service-level must be in (0, 1), got " + serviceLevel);
        }
    }

    private static void check(String option, double value) {
        if (!(value > 0 && value <= 1)) {
            throw new IllegalArgumentException(option + " must be in (0, 1], got " + value);
        }
    }

    private static String pct(double share) {
        return String.valueOf(Math.round(share * 1e6) / 1e4);
    }
}
