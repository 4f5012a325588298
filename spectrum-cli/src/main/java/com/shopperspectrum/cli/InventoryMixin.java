package com.shopperspectrum.cli;

import com.shopperspectrum.core.inventory.ForecastMethod;
import com.shopperspectrum.core.inventory.InventoryOptions;
import com.shopperspectrum.core.inventory.Period;
import java.util.List;
import picocli.CommandLine.Option;

/** The options of the demand series and the inventory analysis (defaults: {@link InventoryOptions#DEFAULT}). */
final class InventoryMixin {
    private static final InventoryOptions D = InventoryOptions.DEFAULT;

    @Option(
            names = "--period",
            paramLabel = "P",
            defaultValue = "week",
            description = "Demand period: week (Monday to Sunday), day or month (default: ${DEFAULT-VALUE}).")
    String period;

    @Option(
            names = "--abc",
            split = ",",
            paramLabel = "A,B",
            description = "Cumulative revenue shares in %% that end classes A and B (default: 80,95).")
    List<Double> abc;

    @Option(
            names = "--xyz",
            split = ",",
            paramLabel = "X,Y",
            description = "Coefficients of variation of the units per period that end X and Y (default: 0.5,1.0).")
    List<Double> xyz;

    @Option(
            names = "--method",
            paramLabel = "M",
            defaultValue = "auto",
            description = "Forecast: ses, croston, sba, tsb, or auto = by demand class: SES for smooth and erratic, "
                    + "SBA for intermittent and lumpy, TSB for fading products (default: ${DEFAULT-VALUE}).")
    String method;

    @Range(min = 0.001, max = 1)
    @Option(
            names = "--alpha",
            paramLabel = "A",
            description = "Smoothing constant of Croston, SBA and TSB's size, 0.001..1 (default: 0.1). SES chooses "
                    + "its own from 0.05..0.95.")
    Double alpha;

    @Range(min = 0.001, max = 1)
    @Option(
            names = "--beta",
            paramLabel = "B",
            description = "TSB's smoothing constant of the demand probability, 0.001..1 (default: 0.1).")
    Double beta;

    @Range(min = 1, max = 104)
    @Option(names = "--horizon", paramLabel = "H", description = "Periods to forecast, 1..104 (default: 8).")
    Integer horizon;

    @Range(min = 1, max = 104)
    @Option(
            names = "--backtest",
            paramLabel = "N",
            description = "Rolling origins of the backtest (the last N periods), 1..104 (default: 12).")
    Integer backtest;

    @Range(min = 0, max = 52)
    @Option(
            names = "--lead-time",
            paramLabel = "L",
            description = "Replenishment lead time in periods, 0..52 (default: 2).")
    Double leadTime;

    @Range(min = 0.001, max = 0.999)
    @Option(
            names = "--service-level",
            paramLabel = "S",
            description = "Cycle service level of the safety stock, 0.001..0.999 (default: 0.95).")
    Double serviceLevel;

    InventoryOptions toOptions() {
        return new InventoryOptions(
                Period.parse(period),
                pair(abc, "--abc", 0, 100 * D.abcA()) / 100,
                pair(abc, "--abc", 1, 100 * D.abcB()) / 100,
                pair(xyz, "--xyz", 0, D.xyzX()),
                pair(xyz, "--xyz", 1, D.xyzY()),
                ForecastMethod.parse(method),
                alpha == null ? D.alpha() : alpha,
                beta == null ? D.beta() : beta,
                horizon == null ? D.horizon() : horizon,
                backtest == null ? D.backtest() : backtest,
                leadTime == null ? D.leadTime() : leadTime,
                serviceLevel == null ? D.serviceLevel() : serviceLevel);
    }

    private static double pair(List<Double> values, String option, int i, double fallback) {
        if (values == null) {
            return fallback;
        }
        if (values.size() != 2) {
            throw new IllegalArgumentException(option + " takes two values separated by a comma, got " + values);
        }
        return values.get(i);
    }
}
