package com.shopperspectrum.core.clean;

import java.util.Objects;

/**
 * Which optional cleaning rules apply. The original method's four rules (missing customer, cancelled,
 * quantity &le; 0, price &le; 0) always do.
 *
 * @param dropDuplicates  drop exact repeats of an earlier row
 * @param dropNonProducts drop rows whose stock code matches {@code nonProducts}
 * @param dropAdjustments drop invoices starting with {@code A}
 * @param nonProducts     the non-merchandise codes (counted always, dropped on request)
 */
public record CleaningOptions(
        boolean dropDuplicates, boolean dropNonProducts, boolean dropAdjustments, NonProductCodes nonProducts) {
    /** The original method: the four default rules only. */
    public static final CleaningOptions DEFAULT = new CleaningOptions(false, false, false, NonProductCodes.DEFAULT);

    public CleaningOptions {
        Objects.requireNonNull(nonProducts, "nonProducts");
    }

    /** True when {@code rule} removes rows under these options. */
    public boolean applies(CleaningRule rule) {
        return switch (rule) {
            case ADJUSTMENT -> dropAdjustments;
            case DUPLICATE -> dropDuplicates;
            case NON_PRODUCT -> dropNonProducts;
            default -> true;
        };
    }
}
