package com.shopperspectrum.cli;

import com.shopperspectrum.core.clean.CleaningMethod;
import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import java.time.LocalDate;
import picocli.CommandLine.Option;

/**
 * The cleaning method and the optional rules; the original method's four rules and the implausible-date rule
 * always apply.
 */
public final class CleaningMixin {
    @Option(
            names = "--cleaning",
            paramLabel = "net|original",
            description = "net (default): a purchase line that a later cancellation of the same customer, stock code "
                    + "and quantity reverses is removed too (the latest such purchase at or before the "
                    + "cancellation); original: the original method, cancellations dropped but the purchases they "
                    + "reverse kept (its exact figures).")
    CleaningMethod method = CleaningOptions.DEFAULT.method();

    @Option(
            names = "--min-date",
            paramLabel = "DATE",
            description = "Rows dated before this day (YYYY-MM-DD) are implausible and left out, as are rows dated "
                    + "after the day after the run (default: ${DEFAULT-VALUE}).")
    LocalDate minDate = CleaningOptions.MIN_DATE;

    @Option(names = "--drop-duplicates", description = "Drop exact duplicate rows (the first is kept).")
    boolean dropDuplicates;

    @Option(
            names = "--drop-non-products",
            description = "Drop non-merchandise stock codes (postage, fees, vouchers; see --non-products).")
    boolean dropNonProducts;

    @Option(names = "--drop-adjustments", description = "Drop invoices starting with A (bad-debt adjustments).")
    boolean dropAdjustments;

    @Option(
            names = "--non-products",
            paramLabel = "CODES",
            description = "Non-merchandise codes, comma-separated, a trailing * for a prefix "
                    + "(default: ${DEFAULT-VALUE}).")
    String nonProducts = NonProductCodes.DEFAULT.toString();

    public CleaningOptions toOptions() {
        return new CleaningOptions(
                dropDuplicates, dropNonProducts, dropAdjustments, NonProductCodes.parse(nonProducts), method, minDate);
    }
}
