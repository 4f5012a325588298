package com.shopperspectrum.core.clean;

import java.util.Locale;

/**
 * How cancellations are treated ({@code --cleaning}). Both drop the cancellation lines themselves ({@code C…}
 * invoices); they differ in the purchases those lines reverse.
 */
public enum CleaningMethod {
    /**
     * The default: a purchase line that a later cancellation line of the same customer, product and quantity
     * reverses is removed too (rule {@link CleaningRule#REVERSED}), so a purchase that was returned does not count.
     */
    NET,
    /** The original method: cancellation lines are dropped, the purchases they reverse stay in. */
    ORIGINAL;

    /** The option value, {@code net} or {@code original}. */
    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
