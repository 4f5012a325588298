package com.shopperspectrum.core.recommend;

import java.util.Arrays;

/** Product popularity by distinct customers, over a recent window of days. */
public final class Popularity {
    private static final int KEEP = 1000;

    private Popularity() {}

    /**
     * Product indices bought by most distinct customers whose last purchase of them falls in the last
     * {@code days} days of the data, most first (ties: lower catalogue popularity rank); at most 1000.
     */
    public static int[] recent(PurchaseHistory h, ProductCatalog catalog, int days, boolean includeNonProducts) {
        int[] count = new int[catalog.size()];
        int from = h.lastDayOfData() - days;
        for (int c = 0; c < h.customers(); c++) {
            for (int k = 0; k < h.size(c); k++) {
                if (h.lastDay(c, k) > from) {
                    count[h.item(c, k)]++;
                }
            }
        }
        return Arrays.stream(catalog.byPopularity().toArray(new Product[0]))
                .filter(p -> count[p.index()] > 0 && (includeNonProducts || !p.nonProduct()))
                .sorted((a, b) -> count[b.index()] != count[a.index()]
                        ? Integer.compare(count[b.index()], count[a.index()])
                        : Integer.compare(a.popularityRank(), b.popularityRank()))
                .limit(KEEP)
                .mapToInt(Product::index)
                .toArray();
    }
}
