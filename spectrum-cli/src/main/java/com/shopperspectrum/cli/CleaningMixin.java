package com.shopperspectrum.cli;

import com.shopperspectrum.core.clean.CleaningOptions;
import com.shopperspectrum.core.clean.NonProductCodes;
import picocli.CommandLine.Option;

/** The optional cleaning rules; the four default rules always apply. */
public final class CleaningMixin {
    @Option(names = "--drop-duplicates", description = "Drop exact duplicate rows (the first is kept).")
    boolean dropDuplicates;

    @Option(names = "--drop-non-products",
            description = "Drop non-merchandise stock codes (postage, fees, vouchers; see --non-products).")
    boolean dropNonProducts;

    @Option(names = "--drop-adjustments", description = "Drop invoices starting with A (bad-debt adjustments).")
    boolean dropAdjustments;

    @Option(names = "--non-products", paramLabel = "CODES",
            description = "Non-merchandise codes, comma-separated, a trailing * for a prefix "
                    + "(default: ${DEFAULT-VALUE}).",
            defaultValue = "POST,DOT,C2,M,D,S,B,PADS,CRUK,BANK CHARGES,AMAZONFEE,ADJUST*,TEST*,DCGS*,GIFT_0001*")
    String nonProducts;

    public CleaningOptions toOptions() {
        return new CleaningOptions(dropDuplicates, dropNonProducts, dropAdjustments, NonProductCodes.parse(nonProducts));
    }
}
