package com.shopperspectrum.core.baskets;

import com.shopperspectrum.core.data.Dictionary;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.LongSort;
import com.shopperspectrum.core.data.ProductDescriptions;
import com.shopperspectrum.core.data.TransactionTable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The baskets of a table of sales lines as a sparse basket × item matrix (compressed rows: each basket's distinct
 * items, ascending). A basket is an invoice (or a customer's day) with at least one line that the options keep;
 * a line's item is left out (non-products, lines without a description when items are descriptions) without
 * taking its basket away, so a basket of postage alone still counts as an order, as in the published examples.
 * Immutable.
 */
public final class Baskets {
    private final String[] items;
    private final String[] descriptions;
    private final int[] start;
    private final int[] members;
    private final long lines;
    private final long linesLeftOut;

    private Baskets(String[] items, String[] descriptions, int[] start, int[] members, long lines, long leftOut) {
        this.items = items;
        this.descriptions = descriptions;
        this.start = start;
        this.members = members;
        this.lines = lines;
        this.linesLeftOut = leftOut;
    }

    /**
     * The baskets of {@code sales} (the cleaning's sales lines) under {@code options}.
     *
     * @throws InvalidInputException when the data has no invoices and the scope is invoice, or the country is
     *                               not in the data (the message suggests the closest)
     */
    public static Baskets of(TransactionTable sales, BasketOptions options) {
        if (options.scope() == BasketScope.INVOICE && !sales.hasInvoices()) {
            throw new InvalidInputException(
                    "--scope invoice: the data has no invoice column; give --scope customer-day", "--scope");
        }
        int country = countryId(sales.countries(), options.country());
        boolean byCode = options.item() == ItemKey.STOCK_CODE;
        boolean[] nonProduct = nonProducts(sales.products(), options);
        Dictionary itemDict = byCode ? sales.products() : sales.descriptions();
        ItemNumbers items = new ItemNumbers(itemDict, byCode);
        Map<Long, Integer> dayBaskets = new HashMap<>();
        int[] invoiceBasket = new int[Math.max(1, sales.invoices().size())];
        Arrays.fill(invoiceBasket, -1);
        long[] pairs = new long[sales.size()];
        int pairCount = 0;
        int basketCount = 0;
        long lines = 0;
        for (int r = 0; r < sales.size(); r++) {
            boolean noCustomer = sales.customer(r) < 0;
            if ((country >= 0 && sales.country(r) != country)
                    || (noCustomer && (options.customersOnly() || options.scope() == BasketScope.CUSTOMER_DAY))) {
                continue;
            }
            lines++;
            int basket;
            if (options.scope() == BasketScope.INVOICE) {
                int inv = sales.invoice(r);
                if (invoiceBasket[inv] < 0) {
                    invoiceBasket[inv] = basketCount++;
                }
                basket = invoiceBasket[inv];
            } else {
                long key = ((long) sales.customer(r) << 32) | (sales.day(r) & 0xffffffffL);
                Integer b = dayBaskets.putIfAbsent(key, basketCount);
                basket = b == null ? basketCount++ : b;
            }
            int raw = byCode ? sales.product(r) : sales.description(r);
            if (raw < 0 || nonProduct[sales.product(r)]) {
                continue;
            }
            pairs[pairCount++] = ((long) basket << 32) | items.of(raw);
        }
        String[] itemNames = items.names();
        String[] descriptions = byCode ? descriptionsOf(sales, itemNames) : itemNames.clone();
        return compress(
                itemNames, descriptions, basketCount, Arrays.copyOf(pairs, pairCount), lines, lines - pairCount);
    }

    /**
     * The baskets of every country of {@code sales} in one pass, by country id (null for a country without lines):
     * each equal in content to {@code of(sales, options.withCountry(name))} (the items of all countries are named,
     * a country's baskets hold only its own), at the cost of one scan instead of one per country.
     */
    static Baskets[] byCountry(TransactionTable sales, BasketOptions options) {
        if (options.scope() == BasketScope.INVOICE && !sales.hasInvoices()) {
            throw new InvalidInputException(
                    "--scope invoice: the data has no invoice column; give --scope customer-day", "--scope");
        }
        int countries = sales.countries().size();
        boolean byCode = options.item() == ItemKey.STOCK_CODE;
        boolean[] nonProduct = nonProducts(sales.products(), options);
        Dictionary itemDict = byCode ? sales.products() : sales.descriptions();
        ItemNumbers items = new ItemNumbers(itemDict, byCode);
        List<Map<Long, Integer>> keys = new ArrayList<>();
        long[][] pairs = new long[countries][];
        int[] pairCount = new int[countries];
        int[] basketCount = new int[countries];
        long[] lines = new long[countries];
        for (int c = 0; c < countries; c++) {
            keys.add(new HashMap<>());
            pairs[c] = new long[16];
        }
        int[] invoiceCountry = new int[Math.max(1, sales.invoices().size())];
        int[] invoiceBasket = new int[invoiceCountry.length];
        Arrays.fill(invoiceCountry, -1);
        for (int r = 0; r < sales.size(); r++) {
            int c = sales.country(r);
            boolean noCustomer = sales.customer(r) < 0;
            if (c < 0 || (noCustomer && (options.customersOnly() || options.scope() == BasketScope.CUSTOMER_DAY))) {
                continue;
            }
            lines[c]++;
            int basket;
            int inv = options.scope() == BasketScope.INVOICE ? sales.invoice(r) : -1;
            if (inv >= 0 && (invoiceCountry[inv] < 0 || invoiceCountry[inv] == c)) {
                // the usual case, an invoice of one country: no boxing
                if (invoiceCountry[inv] < 0) {
                    invoiceCountry[inv] = c;
                    invoiceBasket[inv] = basketCount[c]++;
                }
                basket = invoiceBasket[inv];
            } else {
                long key = inv >= 0 ? inv : ((long) sales.customer(r) << 32) | (sales.day(r) & 0xffffffffL);
                Integer known = keys.get(c).putIfAbsent(key, basketCount[c]);
                basket = known == null ? basketCount[c]++ : known;
            }
            int raw = byCode ? sales.product(r) : sales.description(r);
            if (raw < 0 || nonProduct[sales.product(r)]) {
                continue;
            }
            if (pairCount[c] == pairs[c].length) {
                pairs[c] = Arrays.copyOf(pairs[c], pairs[c].length * 2);
            }
            pairs[c][pairCount[c]++] = ((long) basket << 32) | items.of(raw);
        }
        String[] itemNames = items.names();
        String[] descriptions = byCode ? descriptionsOf(sales, itemNames) : itemNames.clone();
        Baskets[] result = new Baskets[countries];
        for (int c = 0; c < countries; c++) {
            if (lines[c] > 0) {
                result[c] = compress(
                        itemNames,
                        descriptions,
                        basketCount[c],
                        Arrays.copyOf(pairs[c], pairCount[c]),
                        lines[c],
                        lines[c] - pairCount[c]);
            }
            pairs[c] = null;
        }
        return result;
    }

    /**
     * Baskets given as lists of item names (for tests and small inputs): basket {@code b} holds the distinct
     * names of {@code baskets[b]}; descriptions are the names.
     */
    public static Baskets ofItems(String[][] baskets) {
        Map<String, Integer> index = new HashMap<>();
        long[] pairs = new long[Arrays.stream(baskets).mapToInt(b -> b.length).sum()];
        int n = 0;
        for (int b = 0; b < baskets.length; b++) {
            for (String item : baskets[b]) {
                int i = index.computeIfAbsent(item, k -> index.size());
                pairs[n++] = ((long) b << 32) | i;
            }
        }
        String[] names = new String[index.size()];
        index.forEach((k, v) -> names[v] = k);
        return compress(names, names.clone(), baskets.length, pairs, n, 0);
    }

    private static Baskets compress(
            String[] items, String[] descriptions, int baskets, long[] pairs, long lines, long leftOut) {
        LongSort.sort(pairs);
        int[] start = new int[baskets + 1];
        int[] members = new int[pairs.length];
        int n = 0;
        for (int i = 0; i < pairs.length; i++) {
            if (i > 0 && pairs[i] == pairs[i - 1]) {
                continue;
            }
            start[(int) (pairs[i] >>> 32) + 1]++;
            members[n++] = (int) pairs[i];
        }
        for (int b = 0; b < baskets; b++) {
            start[b + 1] += start[b];
        }
        return new Baskets(items, descriptions, start, Arrays.copyOf(members, n), lines, leftOut);
    }

    private static int countryId(Dictionary countries, String wanted) {
        if (wanted == null) {
            return -1;
        }
        String[] names = countries.values();
        for (int c = 0; c < names.length; c++) {
            if (names[c].equalsIgnoreCase(wanted.strip())) {
                return c;
            }
        }
        String closest = Closest.of(wanted.strip(), names);
        throw new InvalidInputException(
                "--country '" + wanted + "' is not in the data (" + names.length + " countries)"
                        + (closest == null ? "" : "; did you mean '" + closest + "'?"),
                "--country");
    }

    private static boolean[] nonProducts(Dictionary products, BasketOptions options) {
        boolean[] match = new boolean[products.size()];
        if (!options.includeNonProducts()) {
            for (int p = 0; p < match.length; p++) {
                match[p] = options.nonProducts().matches(products.get(p));
            }
        }
        return match;
    }

    private static String[] descriptionsOf(TransactionTable sales, String[] codes) {
        String[] byProduct = ProductDescriptions.mostFrequent(sales);
        String[] result = new String[codes.length];
        for (int i = 0; i < codes.length; i++) {
            String d = byProduct[sales.products().indexOf(codes[i])];
            result[i] = d == null ? "" : d;
        }
        return result;
    }

    /** Number of baskets. */
    public int size() {
        return start.length - 1;
    }

    /** Number of distinct items. */
    public int items() {
        return items.length;
    }

    /** The item's key: its stock code or its description. */
    public String item(int i) {
        return items[i];
    }

    /** The item's description (the most frequent one of a stock code; the item itself for descriptions). */
    public String description(int i) {
        return descriptions[i];
    }

    /** Number of distinct items in basket {@code b}. */
    public int basketSize(int b) {
        return start[b + 1] - start[b];
    }

    /** The {@code k}-th item (ascending) of basket {@code b}. */
    public int member(int b, int k) {
        return members[start[b] + k];
    }

    /** Number of (basket, item) entries of the matrix. */
    public long entries() {
        return members.length;
    }

    /** The sales lines of the baskets (after the country and customer filters). */
    public long lines() {
        return lines;
    }

    /** Lines whose item was left out: non-products, lines without a description when items are descriptions. */
    public long linesLeftOut() {
        return linesLeftOut;
    }

    @Override
    public String toString() {
        return String.format(Locale.ROOT, "%,d baskets of %,d items", size(), items.length);
    }

    /** Item numbers in order of first appearance, by name (a stock code, or a trimmed description). */
    private static final class ItemNumbers {
        private final Dictionary dictionary;
        private final boolean byCode;
        private final int[] index;
        private final Map<String, Integer> byName = new HashMap<>();
        private String[] names = new String[16];
        private int count;

        ItemNumbers(Dictionary dictionary, boolean byCode) {
            this.dictionary = dictionary;
            this.byCode = byCode;
            this.index = new int[dictionary.size()];
            Arrays.fill(index, -1);
        }

        /** The number of the item of dictionary entry {@code raw}, numbering it when first seen. */
        int of(int raw) {
            if (index[raw] < 0) {
                String name = byCode ? dictionary.get(raw) : dictionary.get(raw).strip();
                Integer known = byName.putIfAbsent(name, count);
                if (known == null) {
                    if (count == names.length) {
                        names = Arrays.copyOf(names, count * 2);
                    }
                    names[count++] = name;
                }
                index[raw] = known == null ? count - 1 : known;
            }
            return index[raw];
        }

        String[] names() {
            return Arrays.copyOf(names, count);
        }
    }
}
