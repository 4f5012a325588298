package com.shopperspectrum.core.inventory;

import java.util.Locale;

/**
 * The forecasting methods. Each gives a flat forecast (the same value for every period of the horizon) from the
 * periods observed so far; the recursions and their start values are in {@link Forecasts}.
 */
public enum ForecastMethod {
    /** Simple exponential smoothing (Brown 1959), α from a grid on the training part. */
    SES,
    /** Croston (1972): smoothed demand size over smoothed interval. */
    CROSTON,
    /** Syntetos–Boylan approximation (2005): Croston × (1 − α/2), removing Croston's bias. */
    SBA,
    /** Teunter, Syntetos &amp; Babai (2011): smoothed demand probability × smoothed size, updated every period. */
    TSB,
    /** By the demand class: SES for smooth and erratic, SBA for intermittent and lumpy, TSB when fading. */
    AUTO;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The method named {@code text} (ses, croston, sba, tsb, auto; any case). */
    public static ForecastMethod parse(String text) {
        for (ForecastMethod m : values()) {
            if (m.label().equalsIgnoreCase(text.trim())) {
                return m;
            }
        }
        throw new IllegalArgumentException("--method must be ses, croston, sba, tsb or auto, got '" + text + "'");
    }
}
