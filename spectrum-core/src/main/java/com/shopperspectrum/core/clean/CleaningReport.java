package com.shopperspectrum.core.clean;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What cleaning did: the raw row count, the rows each applied rule removed (in rule order; a row is counted
 * by the first rule that removes it), the clean row count, and quality counts taken on the raw rows whether
 * or not the optional rules were applied. {@code raw == clean + sum(removed)} always holds.
 *
 * @param raw                 rows in
 * @param removed             rows removed per applied rule, in {@link CleaningRule} order
 * @param clean               rows out
 * @param duplicateRows       raw rows that repeat an earlier raw row exactly
 * @param nonProductRows      raw rows with a non-merchandise stock code
 * @param adjustmentRows      raw rows of {@code A} invoices
 * @param missingDescription  raw rows without a description
 * @param options             the options that were applied
 * @param reversedRevenue     the revenue of the purchases the reversal rule removed; null when the rule did not
 *                            apply or there are no prices
 * @param warnings            what a user should know about the removed rows (the first implausible date)
 */
public record CleaningReport(
        long raw,
        Map<CleaningRule, Long> removed,
        long clean,
        long duplicateRows,
        long nonProductRows,
        long adjustmentRows,
        long missingDescription,
        CleaningOptions options,
        Double reversedRevenue,
        List<String> warnings) {
    public CleaningReport {
        Objects.requireNonNull(removed, "removed");
        Objects.requireNonNull(options, "options");
        warnings = List.copyOf(warnings);
        EnumMap<CleaningRule, Long> copy = new EnumMap<>(CleaningRule.class);
        copy.putAll(removed);
        removed = Collections.unmodifiableMap(copy);
        long sum = clean;
        for (long n : removed.values()) {
            sum += n;
        }
        if (sum != raw) {
            throw new IllegalArgumentException(
                    "rows not accounted for: raw " + raw + " != clean " + clean + " + removed " + (sum - clean));
        }
    }

    /** Rows removed by {@code rule}, or 0 when it was not applied. */
    public long removedBy(CleaningRule rule) {
        return removed.getOrDefault(rule, 0L);
    }

    /** True when {@code rule} was applied. */
    public boolean applied(CleaningRule rule) {
        return removed.containsKey(rule);
    }
}
