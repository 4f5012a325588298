package com.shopperspectrum.core.clv;

import com.shopperspectrum.core.data.InvalidInputException;
import java.util.Objects;

/**
 * Options of the customer-lifetime-value analysis: how the summary is cut, the purchase model, the horizon in
 * weeks (1..520, default 52), the annual discount rate (0..1, default 0.10) and the L2 penalty on the
 * log-parameters (0..1000, default 0 = plain maximum likelihood).
 */
public record ClvOptions(
        SummaryOptions summary, ModelType modelType, int horizonWeeks, double discountRate, double penalty) {
    public static final ClvOptions DEFAULT = new ClvOptions(SummaryOptions.DEFAULT, ModelType.AUTO, 52, 0.10, 0);

    public ClvOptions {
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(modelType, "modelType");
        if (horizonWeeks < 1 || horizonWeeks > 520) {
            throw new InvalidInputException("--horizon must be 1..520 weeks, got " + horizonWeeks, "--horizon");
        }
        if (!(discountRate >= 0 && discountRate <= 1)) {
            throw new InvalidInputException(
                    "--discount-rate must be 0..1 (an annual rate), got " + discountRate, "--discount-rate");
        }
        if (!(penalty >= 0 && penalty <= 1000)) {
            throw new InvalidInputException("--penalty must be 0..1000, got " + penalty, "--penalty");
        }
    }

    public ClvOptions withSummary(SummaryOptions s) {
        return new ClvOptions(s, modelType, horizonWeeks, discountRate, penalty);
    }
}
