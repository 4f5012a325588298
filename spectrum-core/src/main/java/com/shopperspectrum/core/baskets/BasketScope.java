package com.shopperspectrum.core.baskets;

import java.util.Locale;

/** What one basket is: an invoice, or one customer's lines of one calendar day (for data without invoices). */
public enum BasketScope {
    INVOICE,
    CUSTOMER_DAY;

    /** The option's spelling: {@code invoice}, {@code customer-day}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
