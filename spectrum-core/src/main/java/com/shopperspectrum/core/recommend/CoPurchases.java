package com.shopperspectrum.core.recommend;

/**
 * How many customers bought both of two products, the count behind "bought together by N customers": each
 * product's buyers (the transpose of a {@link PurchaseHistory}, customer rows ascending), intersected on request
 * by a merge of the two lists. Built once in one pass over the histories (O(pairs) time and memory); immutable and
 * safe to share across request threads.
 */
public final class CoPurchases {
    private final int[] offsets;
    private final int[] buyers;

    private CoPurchases(int[] offsets, int[] buyers) {
        this.offsets = offsets;
        this.buyers = buyers;
    }

    /** The buyers of every product row of {@code histories}. */
    public static CoPurchases of(PurchaseHistory histories) {
        int products = histories.maxItem() + 1;
        int[] offsets = new int[products + 1];
        for (int c = 0; c < histories.customers(); c++) {
            for (int k = 0; k < histories.size(c); k++) {
                offsets[histories.item(c, k) + 1]++;
            }
        }
        for (int p = 0; p < products; p++) {
            offsets[p + 1] += offsets[p];
        }
        int[] next = java.util.Arrays.copyOf(offsets, products);
        int[] buyers = new int[histories.pairs()];
        for (int c = 0; c < histories.customers(); c++) {
            for (int k = 0; k < histories.size(c); k++) {
                buyers[next[histories.item(c, k)]++] = c;
            }
        }
        return new CoPurchases(offsets, buyers);
    }

    /** Number of customers who bought the product row (0 for a row no history holds). */
    public int buyers(int product) {
        return product < 0 || product + 1 >= offsets.length ? 0 : offsets[product + 1] - offsets[product];
    }

    /** Number of customers who bought both product rows (0 when either is unknown). */
    public int together(int a, int b) {
        if (buyers(a) == 0 || buyers(b) == 0) {
            return 0;
        }
        int i = offsets[a];
        int j = offsets[b];
        int n = 0;
        while (i < offsets[a + 1] && j < offsets[b + 1]) {
            int d = Integer.compare(buyers[i], buyers[j]);
            if (d == 0) {
                n++;
                i++;
                j++;
            } else if (d < 0) {
                i++;
            } else {
                j++;
            }
        }
        return n;
    }
}
