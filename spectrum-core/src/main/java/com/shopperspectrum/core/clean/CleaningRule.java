package com.shopperspectrum.core.clean;

/**
 * The cleaning rules in the order they are applied. The first four are the original method's and always
 * apply, as does the implausible-date rule; the reversal rule applies with {@link CleaningMethod#NET} (the
 * default); the last three are always counted on the raw data and applied only on request.
 */
public enum CleaningRule {
    /** Rows without a customer id: nothing to attribute them to. */
    MISSING_CUSTOMER("missingCustomer", "rows without a customer"),
    /** Invoices whose number starts with {@code C}: cancellations. */
    CANCELLED("cancelled", "cancellation lines"),
    /** Quantity zero or negative: returns and stock adjustments. */
    NON_POSITIVE_QUANTITY("nonPositiveQuantity", "quantity ≤ 0"),
    /** Unit price zero or negative: free items, bad-debt adjustments (skipped when there are no prices). */
    NON_POSITIVE_PRICE("nonPositivePrice", "unit price ≤ 0"),
    /**
     * Dates after the run (by more than a day, for time zones) or before {@code --min-date} (default 1990-01-01):
     * one such row would otherwise move the snapshot and every recency.
     */
    IMPLAUSIBLE_DATE("implausibleDates", "implausible dates"),
    /**
     * Purchase lines that a later cancellation line reverses (same customer, stock code and quantity; see
     * {@link Reversals} for the matching order): the goods came back, so the sale does not count.
     */
    REVERSED("reversed", "purchases reversed by a later cancellation"),
    /** Invoices whose number starts with {@code A}: bad-debt adjustments ({@code --drop-adjustments}). */
    ADJUSTMENT("adjustments", "adjustment invoices"),
    /** Exact repeats of an earlier row, the first kept ({@code --drop-duplicates}). */
    DUPLICATE("duplicates", "exact duplicates"),
    /** Non-merchandise stock codes ({@code --drop-non-products}). */
    NON_PRODUCT("nonProducts", "non-product codes");

    private final String key;
    private final String label;

    CleaningRule(String key, String label) {
        this.key = key;
        this.label = label;
    }

    /** The JSON key under {@code rows}. */
    public String key() {
        return key;
    }

    /** What the rule removes, in plain words for people (pages, reports); {@link #key()} is the technical name. */
    public String label() {
        return label;
    }

    /**
     * The rule with this JSON key.
     *
     * @param key a rule key such as {@code missingCustomer}
     * @return the rule, or empty when no rule has that key
     */
    public static java.util.Optional<CleaningRule> ofKey(String key) {
        for (CleaningRule r : values()) {
            if (r.key.equals(key)) {
                return java.util.Optional.of(r);
            }
        }
        return java.util.Optional.empty();
    }
}
