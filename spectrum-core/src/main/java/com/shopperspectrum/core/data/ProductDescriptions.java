package com.shopperspectrum.core.data;

import java.util.Arrays;

/**
 * One description per stock code: the most frequent description among a table's rows for that code (ties:
 * the one seen first). The UCI data has 650 codes with several descriptions (typos, renames, notes), so a
 * catalogue needs one rule; most-frequent is what a shopper most likely saw.
 */
public final class ProductDescriptions {
    private ProductDescriptions() {
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
        Arrays.sort(sorted);
        String[] result = new String[products];
        int[] best = new int[products];
        int i = 0;
        while (i < count) {
            int j = i;
            while (j < count && sorted[j] == sorted[i]) {
                j++;
            }
            int product = (int) (sorted[i] >>> 32);
            int description = (int) sorted[i];
            if (j - i > best[product]) {
                best[product] = j - i;
                result[product] = table.descriptions().get(description);
            }
            i = j;
        }
        return result;
    }
}
