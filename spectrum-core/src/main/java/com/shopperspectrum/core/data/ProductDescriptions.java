package com.shopperspectrum.core.data;

import java.util.Arrays;

/**
 * One description per stock code: the most frequent description among a table's rows for that code (ties:
 * the one seen first). The UCI data has 650 codes with several descriptions (typos, renames, notes), so a
 * catalogue needs one rule; most-frequent is what a shopper most likely saw.
 */
public final class ProductDescriptions {
    private ProductDescriptions() {}

    /**
     * The same rule on descriptions already counted per (product, description) pair, in any order (what another
     * engine aggregates): per product the description of most rows; ties: the smaller {@code firstSeen} (the
     * position of the description's first row in the raw data, as a table's dictionary numbers them).
     *
     * @param products    number of product indices
     * @param product     product index of each pair
     * @param description description of each pair (pairs without a description are not given)
     * @param rows        rows of each pair
     * @param firstSeen   first-seen position of each pair's description
     * @return description per product index, null where none was given
     */
    public static String[] fromCounts(
            int products, int[] product, String[] description, long[] rows, long[] firstSeen) {
        String[] result = new String[products];
        long[] best = new long[products];
        long[] bestSeen = new long[products];
        for (int i = 0; i < product.length; i++) {
            int p = product[i];
            if (rows[i] > best[p] || (rows[i] == best[p] && firstSeen[i] < bestSeen[p])) {
                best[p] = rows[i];
                bestSeen[p] = firstSeen[i];
                result[p] = description[i];
            }
        }
        return result;
    }

    /** Description text per product id of {@code table.products()}, null where no row has one. */
    public static String[] mostFrequent(TransactionTable table) {
        int products = table.products().size();
        long[] pairs = new long[table.size()];
        int count = 0;
        for (int r = 0; r < table.size(); r++) {
            if (table.description(r) >= 0) {
                pairs[count++] = ((long) table.product(r) << 32) | table.description(r);
            }
        }
        long[] sorted = Arrays.copyOf(pairs, count);
        LongSort.sort(sorted);
        int groups = 0;
        int[] product = new int[count];
        String[] description = new String[count];
        long[] rows = new long[count];
        long[] firstSeen = new long[count];
        int i = 0;
        while (i < count) {
            int j = i;
            while (j < count && sorted[j] == sorted[i]) {
                j++;
            }
            product[groups] = (int) (sorted[i] >>> 32);
            firstSeen[groups] = (int) sorted[i];
            description[groups] = table.descriptions().get((int) sorted[i]);
            rows[groups++] = j - i;
            i = j;
        }
        return fromCounts(products, Arrays.copyOf(product, groups), description, rows, firstSeen);
    }
}
