package com.shopperspectrum.core.inventory;

import java.util.Objects;

/**
 * One product's row of the inventory analysis.
 *
 * @param code            stock code
 * @param description     description, or null
 * @param revenue         total revenue
 * @param revenueShare    its share of all products' revenue
 * @param abc             'A', 'B' or 'C' by cumulative revenue share
 * @param xyz             'X', 'Y' or 'Z' by the coefficient of variation of its units per period
 * @param demandClass     the Syntetos–Boylan class
 * @param periods         periods in its series (first sale to the last period of the data)
 * @param meanUnits       mean units per period over those periods
 * @param cv              coefficient of variation of the units per period (population sd)
 * @param adi             average demand interval
 * @param cv2             CV² of the non-zero demand sizes
 * @param fading          no demand in the last max(4, ⌈2·ADI⌉) periods
 * @param method          the method used (AUTO resolved)
 * @param forecast        the forecast per period of the horizon (flat)
 * @param backtest        the rolling-origin backtest of {@code method}
 * @param leadTimeDemand  forecast × lead time
 * @param safetyStock     z(service level) × backtest RMSE × √(lead time)
 * @param reorderPoint    lead-time demand + safety stock
 * @param note            why the forecast deserves less trust (too little history for a backtest, one period of
 *                        sales), or null
 */
public record ProductInventory(
        String code,
        String description,
        double revenue,
        double revenueShare,
        char abc,
        char xyz,
        DemandClass demandClass,
        int periods,
        double meanUnits,
        double cv,
        double adi,
        double cv2,
        boolean fading,
        ForecastMethod method,
        double[] forecast,
        Backtest backtest,
        double leadTimeDemand,
        double safetyStock,
        double reorderPoint,
        String note) {
    public ProductInventory {
        Objects.requireNonNull(code, "code");
        forecast = forecast.clone();
    }

    @Override
    public double[] forecast() {
        return forecast.clone();
    }

    /** The ABC and XYZ class together, as "AX". */
    public String abcXyz() {
        return "" + abc + xyz;
    }
}
