package com.shopperspectrum.core.clean;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Which cleaning rules apply. The original method's four rules (missing customer, cancelled, quantity &le; 0,
 * price &le; 0) and the implausible-date rule always do; the reversal rule with the {@link CleaningMethod#NET}
 * method; the rest on request.
 *
 * @param dropDuplicates  drop exact repeats of an earlier row
 * @param dropNonProducts drop rows whose stock code matches {@code nonProducts}
 * @param dropAdjustments drop invoices starting with {@code A}
 * @param nonProducts     the non-merchandise codes (counted always, dropped on request)
 * @param method          whether purchases reversed by a later cancellation are removed
 * @param minDate         rows dated before this day are implausible ({@code --min-date}, default 1990-01-01)
 */
public record CleaningOptions(
        boolean dropDuplicates,
        boolean dropNonProducts,
        boolean dropAdjustments,
        NonProductCodes nonProducts,
        CleaningMethod method,
        LocalDate minDate) {
    /** The earliest plausible date unless {@code --min-date} says otherwise. */
    public static final LocalDate MIN_DATE = LocalDate.of(1990, 1, 1);

    /** The default: reversed purchases netted, no optional rule. */
    public static final CleaningOptions DEFAULT =
            new CleaningOptions(false, false, false, NonProductCodes.DEFAULT, CleaningMethod.NET, MIN_DATE);

    /** The original method's exact figures ({@code --cleaning original}): its four rules only. */
    public static final CleaningOptions ORIGINAL = DEFAULT.withMethod(CleaningMethod.ORIGINAL);

    public CleaningOptions {
        Objects.requireNonNull(nonProducts, "nonProducts");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(minDate, "minDate");
    }

    /** The optional rules with the default method and earliest date. */
    public CleaningOptions(
            boolean dropDuplicates, boolean dropNonProducts, boolean dropAdjustments, NonProductCodes nonProducts) {
        this(dropDuplicates, dropNonProducts, dropAdjustments, nonProducts, CleaningMethod.NET, MIN_DATE);
    }

    /** These options with another method. */
    public CleaningOptions withMethod(CleaningMethod value) {
        return new CleaningOptions(dropDuplicates, dropNonProducts, dropAdjustments, nonProducts, value, minDate);
    }

    /** These options with another earliest plausible date. */
    public CleaningOptions withMinDate(LocalDate value) {
        return new CleaningOptions(dropDuplicates, dropNonProducts, dropAdjustments, nonProducts, method, value);
    }

    /** True when {@code rule} removes rows under these options. */
    public boolean applies(CleaningRule rule) {
        return switch (rule) {
            case REVERSED -> method == CleaningMethod.NET;
            case ADJUSTMENT -> dropAdjustments;
            case DUPLICATE -> dropDuplicates;
            case NON_PRODUCT -> dropNonProducts;
            default -> true;
        };
    }
}
