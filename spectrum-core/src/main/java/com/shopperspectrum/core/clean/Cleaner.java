package com.shopperspectrum.core.clean;

import com.shopperspectrum.core.data.LongSort;
import com.shopperspectrum.core.data.TransactionTable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies the counted cleaning rules of {@link CleaningRule} in order. Every raw row ends up either in the
 * clean table or in exactly one rule's count.
 */
public final class Cleaner {
    private final CleaningOptions options;
    private final int earliestDay;
    private final int latestDay;

    /** Cleans with {@code options}; dates later than tomorrow (UTC) are implausible. */
    public Cleaner(CleaningOptions options) {
        this(options, LocalDate.now(ZoneOffset.UTC));
    }

    /** Cleans with {@code options} as on {@code today}: dates after {@code today + 1 day} are implausible. */
    public Cleaner(CleaningOptions options, LocalDate today) {
        this.options = options;
        this.earliestDay = (int) options.minDate().toEpochDay();
        this.latestDay = (int) today.plusDays(1).toEpochDay();
    }

    /** The last plausible day of a row's date (the day after the run). */
    public LocalDate latestDay() {
        return LocalDate.ofEpochDay(latestDay);
    }

    public CleaningResult clean(TransactionTable raw) {
        int n = raw.size();
        boolean[] nonProductCode = nonProductCodes(raw);
        boolean[] reversed = reversedPurchases(raw);
        long[] counts = new long[CleaningRule.values().length];
        DuplicateDetector keptRepeats = new DuplicateDetector(raw, options.dropDuplicates() ? n : 0);
        int[] kept = new int[n];
        int clean = 0;
        int firstImplausible = -1;
        double reversedRevenue = 0;
        for (int r = 0; r < n; r++) {
            CleaningRule rule = firstFailing(raw, r, nonProductCode, reversed, keptRepeats, true);
            if (rule == null) {
                kept[clean++] = r;
            } else {
                counts[rule.ordinal()]++;
                if (rule == CleaningRule.IMPLAUSIBLE_DATE && firstImplausible < 0) {
                    firstImplausible = r;
                } else if (rule == CleaningRule.REVERSED) {
                    reversedRevenue += raw.amount(r);
                }
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
                options,
                options.applies(CleaningRule.REVERSED) && raw.hasPrices() ? reversedRevenue : null,
                warnings(raw, counts[CleaningRule.IMPLAUSIBLE_DATE.ordinal()], firstImplausible));
        return new CleaningResult(raw, raw.select(Arrays.copyOf(kept, clean)), report);
    }

    /**
     * The sales lines: the rows that every applied rule but the missing-customer rule keeps, in input order. Lines
     * without a customer id are real sales, so the analyses of what sold (demand, inventory, price response) count
     * them, where RFM and the recommenders cannot.
     */
    public TransactionTable sales(TransactionTable raw) {
        boolean[] nonProductCode = nonProductCodes(raw);
        boolean[] reversed = reversedPurchases(raw);
        DuplicateDetector keptRepeats = new DuplicateDetector(raw, options.dropDuplicates() ? raw.size() : 0);
        int[] kept = new int[raw.size()];
        int n = 0;
        for (int r = 0; r < raw.size(); r++) {
            if (firstFailing(raw, r, nonProductCode, reversed, keptRepeats, false) == null) {
                kept[n++] = r;
            }
        }
        return raw.select(Arrays.copyOf(kept, n));
    }

    private boolean applies(TransactionTable raw, CleaningRule rule) {
        if (rule == CleaningRule.NON_POSITIVE_PRICE) {
            return raw.hasPrices();
        }
        return options.applies(rule);
    }

    private CleaningRule firstFailing(
            TransactionTable t,
            int r,
            boolean[] nonProductCode,
            boolean[] reversed,
            DuplicateDetector repeats,
            boolean needCustomer) {
        CleaningRule sale = notASale(t, r, needCustomer);
        if (sale != null) {
            return sale;
        }
        if (reversed[r]) {
            return CleaningRule.REVERSED;
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

    /** The first of the always-applied rules (the original four, implausible dates) that {@code r} fails. */
    private CleaningRule notASale(TransactionTable t, int r, boolean needCustomer) {
        if (needCustomer && t.customer(r) < 0) {
            return CleaningRule.MISSING_CUSTOMER;
        }
        if (isCancellation(t, r)) {
            return CleaningRule.CANCELLED;
        }
        if (t.quantity(r) <= 0) {
            return CleaningRule.NON_POSITIVE_QUANTITY;
        }
        if (t.hasPrices() && !(t.unitPrice(r) > 0)) {
            return CleaningRule.NON_POSITIVE_PRICE;
        }
        if (!plausible(t, r)) {
            return CleaningRule.IMPLAUSIBLE_DATE;
        }
        return null;
    }

    private boolean plausible(TransactionTable t, int r) {
        int day = t.day(r);
        return day >= earliestDay && day <= latestDay;
    }

    private static boolean isCancellation(TransactionTable t, int r) {
        return t.hasInvoices() && t.invoiceId(r).startsWith("C");
    }

    /**
     * Per raw row, whether it is a purchase a later cancellation reverses ({@link Reversals}); all false unless
     * the method nets. Only sales that pass the always-applied rules and cancellations with a customer, a
     * negative quantity and a plausible date take part.
     */
    private boolean[] reversedPurchases(TransactionTable t) {
        boolean[] reversed = new boolean[t.size()];
        if (!options.applies(CleaningRule.REVERSED) || !t.hasInvoices()) {
            return reversed;
        }
        record Key(int customer, int product, int quantity) {}
        Map<Key, Integer> groups = new HashMap<>();
        List<Integer> events = new ArrayList<>();
        for (int r = 0; r < t.size(); r++) {
            if (t.customer(r) >= 0 && t.quantity(r) < 0 && isCancellation(t, r) && plausible(t, r)) {
                groups.putIfAbsent(new Key(t.customer(r), t.product(r), -t.quantity(r)), groups.size());
                events.add(r);
            }
        }
        if (groups.isEmpty()) {
            return reversed;
        }
        // (customer, product) pairs of the cancellations, sorted: a binary search sets most rows aside without a
        // hash lookup (a cold profile of Online Retail spent 0.3 s here with one lookup per row)
        long[] pairs = new long[events.size()];
        for (int i = 0; i < pairs.length; i++) {
            pairs[i] = pair(t, events.get(i));
        }
        LongSort.sort(pairs);
        for (int r = 0; r < t.size(); r++) {
            if (t.quantity(r) > 0
                    && Arrays.binarySearch(pairs, pair(t, r)) >= 0
                    && groups.containsKey(new Key(t.customer(r), t.product(r), t.quantity(r)))
                    && notASale(t, r, true) == null) {
                events.add(r);
            }
        }
        int n = events.size();
        int[] group = new int[n];
        long[] time = new long[n];
        long[] order = new long[n];
        boolean[] cancellation = new boolean[n];
        for (int i = 0; i < n; i++) {
            int r = events.get(i);
            group[i] = groups.get(new Key(t.customer(r), t.product(r), Math.abs(t.quantity(r))));
            time[i] = t.time(r);
            order[i] = r;
            cancellation[i] = t.quantity(r) < 0;
        }
        boolean[] matched = Reversals.reversed(group, time, order, cancellation);
        for (int i = 0; i < n; i++) {
            if (matched[i]) {
                reversed[events.get(i)] = true;
            }
        }
        return reversed;
    }

    private static long pair(TransactionTable t, int r) {
        return ((long) t.customer(r) << 32) | (t.product(r) & 0xffffffffL);
    }

    private List<String> warnings(TransactionTable raw, long implausible, int first) {
        return implausible == 0
                ? List.of()
                : List.of(implausibleDates(
                        implausible,
                        raw.hasInvoices() ? raw.invoiceId(first) : null,
                        raw.stockCode(first),
                        raw.dateTime(first)));
    }

    /**
     * The warning for {@code count} rows the implausible-date rule removed, naming the first of them (its invoice,
     * null without invoices, stock code and date-time); both engines word it here.
     */
    public String implausibleDates(long count, String invoice, String stockCode, java.time.LocalDateTime when) {
        return String.format(
                java.util.Locale.ROOT,
                "%,d rows dated after %s (the day after this run) or before %s (--min-date) were left out; the first"
                        + " is %sstock code %s on %s. Check the date column and --date-format, or set --min-date.",
                count,
                latestDay(),
                options.minDate(),
                invoice == null ? "" : "invoice " + invoice + ", ",
                stockCode,
                when);
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
