package com.shopperspectrum.core.clean;

import com.shopperspectrum.core.data.TransactionTable;
import java.util.EnumMap;
import java.util.Map;

/**
 * Applies the counted cleaning rules of {@link CleaningRule} in order. Every raw row ends up either in the
 * clean table or in exactly one rule's count.
 */
public final class Cleaner {
    private final CleaningOptions options;

    public Cleaner(CleaningOptions options) {
        this.options = options;
    }

    public CleaningResult clean(TransactionTable raw) {
        int n = raw.size();
        boolean[] nonProductCode = nonProductCodes(raw);
        long[] counts = new long[CleaningRule.values().length];
        DuplicateDetector keptRepeats = new DuplicateDetector(raw, options.dropDuplicates() ? n : 0);
        int[] kept = new int[n];
        int clean = 0;
        for (int r = 0; r < n; r++) {
            CleaningRule rule = firstFailing(raw, r, nonProductCode, keptRepeats);
            if (rule == null) {
                kept[clean++] = r;
            } else {
                counts[rule.ordinal()]++;
            }
        }
        Map<CleaningRule, Long> removed = new EnumMap<>(CleaningRule.class);
        for (CleaningRule rule : CleaningRule.values()) {
            if (applies(raw, rule)) {
                removed.put(rule, counts[rule.ordinal()]);
            }
        }
        CleaningReport report = new CleaningReport(
                n,
                removed,
                clean,
                countDuplicates(raw),
                countRows(raw, nonProductCode),
                countAdjustments(raw),
                countMissingDescriptions(raw),
                options);
        return new CleaningResult(raw, raw.select(java.util.Arrays.copyOf(kept, clean)), report);
    }

    /**
     * The sales lines: the rows that every applied rule but the missing-customer rule keeps, in input order. Lines
     * without a customer id are real sales, so the analyses of what sold (demand, inventory, price response) count
     * them, where RFM and the recommenders cannot.
     */
    public TransactionTable sales(TransactionTable raw) {
        boolean[] nonProductCode = nonProductCodes(raw);
        DuplicateDetector keptRepeats = new DuplicateDetector(raw, options.dropDuplicates() ? raw.size() : 0);
        int[] kept = new int[raw.size()];
        int n = 0;
        for (int r = 0; r < raw.size(); r++) {
            if (firstFailing(raw, r, nonProductCode, keptRepeats, false) == null) {
                kept[n++] = r;
            }
        }
        return raw.select(java.util.Arrays.copyOf(kept, n));
    }

    private boolean applies(TransactionTable raw, CleaningRule rule) {
        if (rule == CleaningRule.NON_POSITIVE_PRICE) {
            return raw.hasPrices();
        }
        return options.applies(rule);
    }

    private CleaningRule firstFailing(TransactionTable t, int r, boolean[] nonProductCode, DuplicateDetector repeats) {
        return firstFailing(t, r, nonProductCode, repeats, true);
    }

    private CleaningRule firstFailing(
            TransactionTable t, int r, boolean[] nonProductCode, DuplicateDetector repeats, boolean needCustomer) {
        if (needCustomer && t.customer(r) < 0) {
            return CleaningRule.MISSING_CUSTOMER;
        }
        if (t.hasInvoices() && t.invoiceId(r).startsWith("C")) {
            return CleaningRule.CANCELLED;
        }
        if (t.quantity(r) <= 0) {
            return CleaningRule.NON_POSITIVE_QUANTITY;
        }
        if (t.hasPrices() && !(t.unitPrice(r) > 0)) {
            return CleaningRule.NON_POSITIVE_PRICE;
        }
        if (options.dropAdjustments() && isAdjustment(t, r)) {
            return CleaningRule.ADJUSTMENT;
        }
        if (options.dropDuplicates() && repeats.isRepeat(r)) {
            return CleaningRule.DUPLICATE;
        }
        if (options.dropNonProducts() && nonProductCode[t.product(r)]) {
            return CleaningRule.NON_PRODUCT;
        }
        return null;
    }

    private static boolean isAdjustment(TransactionTable t, int r) {
        return t.hasInvoices() && t.invoiceId(r).startsWith("A");
    }

    private boolean[] nonProductCodes(TransactionTable raw) {
        String[] codes = raw.products().values();
        boolean[] match = new boolean[codes.length];
        for (int i = 0; i < codes.length; i++) {
            match[i] = options.nonProducts().matches(codes[i]);
        }
        return match;
    }

    private static long countDuplicates(TransactionTable raw) {
        DuplicateDetector d = new DuplicateDetector(raw, raw.size());
        long n = 0;
        for (int r = 0; r < raw.size(); r++) {
            if (d.isRepeat(r)) {
                n++;
            }
        }
        return n;
    }

    private static long countRows(TransactionTable raw, boolean[] byProduct) {
        long n = 0;
        for (int r = 0; r < raw.size(); r++) {
            if (byProduct[raw.product(r)]) {
                n++;
            }
        }
        return n;
    }

    private static long countAdjustments(TransactionTable raw) {
        long n = 0;
        for (int r = 0; r < raw.size(); r++) {
            if (isAdjustment(raw, r)) {
                n++;
            }
        }
        return n;
    }

    private static long countMissingDescriptions(TransactionTable raw) {
        long n = 0;
        for (int r = 0; r < raw.size(); r++) {
            if (raw.description(r) < 0) {
                n++;
            }
        }
        return n;
    }
}
