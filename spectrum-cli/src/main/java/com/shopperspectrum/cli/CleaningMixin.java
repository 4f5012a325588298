package com.shopperspectrum.cli;

import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import picocli.CommandLine.Option;

/** The optional cleaning rules; the four default rules always apply. */
public final class CleaningMixin {
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
                dropDuplicates, dropNonProducts, dropAdjustments, NonProductCodes.parse(nonProducts));
    }
}
