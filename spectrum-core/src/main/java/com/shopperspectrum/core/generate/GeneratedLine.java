package com.shopperspectrum.core.generate;

/**
 * One generated transaction line, with strings left as indices so that a writer can cache their encodings.
 *
 * @param invoice       the invoice number (written with a {@code C} prefix when {@code cancelled})
 * @param cancelled     a cancellation line (negative quantity)
 * @param item          index into {@link Catalog} (a product or a non-product code)
 * @param lowerCaseCode write the stock code's letter in lower case ({@link Catalog#lowerCaseCode(int)})
 * @param note          -1 for the item's description, else an index into {@link Catalog#note(int)} (stock
 *                      adjustments; note 0 is a missing description)
 * @param quantity      the quantity (negative for cancellations and adjustments)
 * @param time          local date-time in seconds since 1970-01-01T00:00
 * @param priceMilli    the unit price in thousandths of a pound (&ge; 0)
 * @param customerId    the customer id, or -1 when the row has no customer
 * @param country       index into {@link Countries#name(int)}
 */
public record GeneratedLine(
        long invoice,
        boolean cancelled,
        int item,
        boolean lowerCaseCode,
        int note,
        int quantity,
        long time,
        int priceMilli,
        int customerId,
        int country) {
    public GeneratedLine {
        if (item < 0 || priceMilli < 0 || note < -1) {
            throw new IllegalArgumentException(
                    "invalid generated line: item " + item + ", price " + priceMilli + ", note " + note);
        }
    }

    /** True when the row has a customer id. */
    public boolean hasCustomer() {
        return customerId >= 0;
    }
}
