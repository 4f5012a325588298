package com.shopperspectrum.core.clv;

import com.shopperspectrum.core.data.InvalidInputException;
import java.time.LocalDate;
import java.util.Objects;

/**
 * How the customer summary is cut: the time unit, and where calibration ends: on {@code calibrationEnd}
 * (inclusive), or {@code holdoutDays} days before the last day of the data, or (both null) on the last day of the
 * data, which leaves no holdout.
 */
public record SummaryOptions(ClvUnit unit, LocalDate calibrationEnd, Integer holdoutDays) {
    public static final SummaryOptions DEFAULT = new SummaryOptions(ClvUnit.WEEKS, null, null);

    public SummaryOptions {
        Objects.requireNonNull(unit, "unit");
        if (calibrationEnd != null && holdoutDays != null) {
            throw new InvalidInputException(
                    "give either --calibration-end or --holdout-days, not both", "--calibration-end");
        }
        if (holdoutDays != null && holdoutDays < 1) {
            throw new InvalidInputException("--holdout-days must be at least 1, got " + holdoutDays, "--holdout-days");
        }
    }
}
