package com.shopperspectrum.core.model;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.recommend.ProductSearch;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * The product catalogue of a model, most popular first: row {@code i} is the product of popularity rank
 * {@code i + 1} (most distinct customers; ties: more units, then stock code). Columnar and immutable; arrays are
 * copied in and out.
 *
 * <p>{@link #suggest(String, int)} serves a search box: exact stock code first, then codes starting with the
 * query, then descriptions containing every query word as a word prefix ({@code "lunch bag"} finds
 * {@code "LUNCH BAG RED RETROSPOT"}), each group in popularity order.
 */
public final class ProductTable {
    private final String[] codes;
    private final String[] descriptions;
    private final long[] quantity;
    private final double[] revenue;
    private final int[] customers;
    private final boolean[] nonProduct;
    private final Map<String, Integer> rowByCode;
    private final String[][] words;

    /**
     * @param codes        stock codes (unique)
     * @param descriptions descriptions ("" when none)
     * @param quantity     units sold
     * @param revenue      sum of quantity × unit price (NaN without prices)
     * @param customers    distinct customers who bought the product
     * @param nonProduct   true for non-merchandise codes (postage, fees)
     */
    public ProductTable(
            String[] codes,
            String[] descriptions,
            long[] quantity,
            double[] revenue,
            int[] customers,
            boolean[] nonProduct) {
        int n = codes.length;
        if (descriptions.length != n
                || quantity.length != n
                || revenue.length != n
                || customers.length != n
                || nonProduct.length != n) {
            throw new IllegalArgumentException("product columns differ in length: " + n + " codes, "
                    + descriptions.length + " descriptions, " + quantity.length + " quantities, " + revenue.length
                    + " revenues, " + customers.length + " customer counts, " + nonProduct.length + " flags");
        }
        this.codes = codes.clone();
        this.descriptions = new String[n];
        this.quantity = quantity.clone();
        this.revenue = revenue.clone();
        this.customers = customers.clone();
        this.nonProduct = nonProduct.clone();
        this.rowByCode = new HashMap<>(n * 4 / 3 + 1);
        this.words = new String[n][];
        for (int i = 0; i < n; i++) {
            Objects.requireNonNull(codes[i], "stock code of product row " + i);
            this.descriptions[i] = descriptions[i] == null ? "" : descriptions[i];
            if (rowByCode.put(codes[i], i) != null) {
                throw new IllegalArgumentException("stock code '" + codes[i] + "' appears twice in the catalogue");
            }
            String normal = normal(this.descriptions[i]);
            words[i] = normal.isEmpty() ? new String[0] : normal.split(" ");
        }
    }

    /**
     * The catalogue of products given in any order, ranked by popularity (most distinct customers; ties: more
     * units, then stock code); {@code nonProducts} flags the non-merchandise codes. Both engines rank with this,
     * from their own per-product totals.
     */
    public static ProductTable byPopularity(
            String[] codes,
            String[] descriptions,
            long[] quantity,
            double[] revenue,
            int[] customers,
            NonProductCodes nonProducts) {
        Integer[] order = IntStream.range(0, codes.length)
                .boxed()
                .sorted(Comparator.comparingInt((Integer p) -> -customers[p])
                        .thenComparingLong(p -> -quantity[p])
                        .thenComparing(p -> codes[p]))
                .toArray(Integer[]::new);
        int m = order.length;
        String[] c = new String[m];
        String[] texts = new String[m];
        long[] q = new long[m];
        double[] rev = new double[m];
        int[] cust = new int[m];
        boolean[] non = new boolean[m];
        for (int i = 0; i < m; i++) {
            int p = order[i];
            c[i] = codes[p];
            texts[i] = descriptions[p];
            q[i] = quantity[p];
            rev[i] = revenue[p];
            cust[i] = customers[p];
            non[i] = nonProducts.matches(codes[p]);
        }
        return new ProductTable(c, texts, q, rev, cust, non);
    }

    public int size() {
        return codes.length;
    }

    public String code(int row) {
        return codes[row];
    }

    public String description(int row) {
        return descriptions[row];
    }

    public long quantity(int row) {
        return quantity[row];
    }

    public double revenue(int row) {
        return revenue[row];
    }

    public int customers(int row) {
        return customers[row];
    }

    public boolean nonProduct(int row) {
        return nonProduct[row];
    }
    /** 1 for the most popular product. */
    public int rank(int row) {
        return row + 1;
    }

    /** The row of a stock code (exact, or upper-cased and trimmed as the reader normalises codes), or -1. */
    public int indexOf(String stockCode) {
        if (stockCode == null) {
            return -1;
        }
        Integer row = rowByCode.get(stockCode);
        if (row == null) {
            row = rowByCode.get(stockCode.trim().toUpperCase(Locale.ROOT));
        }
        return row == null ? -1 : row;
    }

    /** Rows matching what a person typed, best first, at most {@code limit}; empty for a blank query. */
    public List<Integer> suggest(String query, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, got " + limit);
        }
        String q = normal(query == null ? "" : query);
        List<Integer> out = new ArrayList<>();
        if (q.isEmpty()) {
            return out;
        }
        int exact = indexOf(query);
        if (exact >= 0) {
            out.add(exact);
        }
        String code = query.trim().toUpperCase(Locale.ROOT);
        for (int i = 0; i < codes.length && out.size() < limit; i++) {
            if (i != exact && codes[i].startsWith(code)) {
                out.add(i);
            }
        }
        String[] queryWords = q.split(" ");
        for (int i = 0; i < codes.length && out.size() < limit; i++) {
            if (!out.contains(i) && ProductSearch.containsAll(words[i], queryWords)) {
                out.add(i);
            }
        }
        return out.size() > limit ? out.subList(0, limit) : out;
    }

    /** Upper case, letters and digits, single spaces (the rule of {@link ProductSearch#normal}). */
    static String normal(String s) {
        return ProductSearch.normal(s);
    }

    public String[] codes() {
        return codes.clone();
    }

    public String[] descriptions() {
        return descriptions.clone();
    }

    public long[] quantities() {
        return quantity.clone();
    }

    public double[] revenues() {
        return revenue.clone();
    }

    public int[] customerCounts() {
        return customers.clone();
    }

    public boolean[] nonProducts() {
        return nonProduct.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ProductTable t
                && Arrays.equals(codes, t.codes)
                && Arrays.equals(descriptions, t.descriptions)
                && Arrays.equals(quantity, t.quantity)
                && Arrays.equals(revenue, t.revenue)
                && Arrays.equals(customers, t.customers)
                && Arrays.equals(nonProduct, t.nonProduct);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(codes) * 31 + Arrays.hashCode(quantity);
    }

    @Override
    public String toString() {
        return "ProductTable[products=" + size() + "]";
    }
}
