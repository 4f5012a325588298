package com.shopperspectrum.core.model;

import java.util.Arrays;

/**
 * What each customer bought, as compressed sparse rows: customer row {@code c} (of the {@link CustomerTable})
 * bought the product rows {@code product[offsets[c]] … product[offsets[c+1]-1]} (of the {@link ProductTable},
 * ascending), with the number of transaction lines, the units bought and the last day (days since 1970-01-01)
 * each was bought. This is what
 * personal recommendations and the customer page need, without the transactions.
 */
public final class PurchaseHistories {
    private final int[] offsets;
    private final int[] products;
    private final int[] lines;
    private final int[] quantities;
    private final int[] lastDays;

    public PurchaseHistories(int[] offsets, int[] products, int[] lines, int[] quantities, int[] lastDays) {
        if (offsets.length == 0 || offsets[0] != 0 || offsets[offsets.length - 1] != products.length) {
            throw new IllegalArgumentException("history offsets must start at 0 and end at " + products.length);
        }
        if (lines.length != products.length
                || quantities.length != products.length
                || lastDays.length != products.length) {
            throw new IllegalArgumentException("history columns differ in length: " + products.length + ", "
                    + lines.length + ", " + quantities.length + ", " + lastDays.length);
        }
        for (int c = 0; c + 1 < offsets.length; c++) {
            if (offsets[c] > offsets[c + 1]) {
                throw new IllegalArgumentException("history offsets decrease at customer row " + c);
            }
        }
        this.offsets = offsets.clone();
        this.products = products.clone();
        this.lines = lines.clone();
        this.quantities = quantities.clone();
        this.lastDays = lastDays.clone();
    }

    /**
     * Histories from one entry per distinct (customer row, product row) pair, in any order: the pairs are sorted
     * into customer rows, each with ascending product rows. Both engines build their histories with this, from
     * their own per-pair aggregates.
     *
     * @param customers   number of customer rows
     * @param customerRow customer row of each pair
     * @param productRow  product row of each pair
     * @param lines       transaction lines of each pair
     * @param quantities  units of each pair
     * @param lastDays    last purchase day of each pair (days since 1970-01-01)
     */
    /**
     * The distinct values of {@code keys[0..count)}, ascending: how the trainer finds the (customer, product)
     * pairs among the rows' {@code customer << 32 | product} keys (a primitive parallel sort, no boxing).
     */
    public static long[] sortedDistinct(long[] keys, int count) {
        long[] sorted = Arrays.copyOf(keys, count);
        Arrays.parallelSort(sorted);
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (n == 0 || sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    public static PurchaseHistories fromPairs(
            int customers, int[] customerRow, int[] productRow, int[] lines, int[] quantities, int[] lastDays) {
        int n = customerRow.length;
        long[] keys = new long[n];
        for (int i = 0; i < n; i++) {
            if (customerRow[i] < 0 || customerRow[i] >= customers || productRow[i] < 0) {
                throw new IllegalArgumentException("history pair " + i + ": customer row " + customerRow[i] + " (of "
                        + customers + "), product row " + productRow[i]);
            }
            keys[i] = ((long) customerRow[i] << 32) | productRow[i];
        }
        long[] sorted = keys.clone();
        Arrays.parallelSort(sorted);
        int[] offsets = new int[customers + 1];
        int[] products = new int[n];
        for (int i = 0; i < n; i++) {
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("history pair (customer row " + (sorted[i] >>> 32) + ", product row "
                        + (int) sorted[i] + ") appears twice");
            }
            offsets[(int) (sorted[i] >>> 32) + 1]++;
            products[i] = (int) sorted[i];
        }
        for (int c = 0; c < customers; c++) {
            offsets[c + 1] += offsets[c];
        }
        int[] l = new int[n];
        int[] q = new int[n];
        int[] d = new int[n];
        for (int i = 0; i < n; i++) {
            int at = Arrays.binarySearch(sorted, keys[i]);
            l[at] = lines[i];
            q[at] = quantities[i];
            d[at] = lastDays[i];
        }
        return new PurchaseHistories(offsets, products, l, q, d);
    }

    /** Number of customers. */
    public int customers() {
        return offsets.length - 1;
    }
    /** Number of (customer, product) pairs. */
    public int pairs() {
        return products.length;
    }
    /** Distinct products the customer bought. */
    public int count(int customer) {
        return offsets[customer + 1] - offsets[customer];
    }
    /** The {@code i}-th product row the customer bought (ascending product rows). */
    public int product(int customer, int i) {
        return products[offsets[customer] + i];
    }

    public int lines(int customer, int i) {
        return lines[offsets[customer] + i];
    }

    public int quantity(int customer, int i) {
        return quantities[offsets[customer] + i];
    }

    public int lastDay(int customer, int i) {
        return lastDays[offsets[customer] + i];
    }

    public int[] offsets() {
        return offsets.clone();
    }

    public int[] products() {
        return products.clone();
    }

    public int[] lines() {
        return lines.clone();
    }

    public int[] quantities() {
        return quantities.clone();
    }

    public int[] lastDays() {
        return lastDays.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PurchaseHistories h
                && Arrays.equals(offsets, h.offsets)
                && Arrays.equals(products, h.products)
                && Arrays.equals(lines, h.lines)
                && Arrays.equals(quantities, h.quantities)
                && Arrays.equals(lastDays, h.lastDays);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(offsets) * 31 + Arrays.hashCode(products);
    }

    @Override
    public String toString() {
        return "PurchaseHistories[customers=" + customers() + ", pairs=" + pairs() + "]";
    }
}
