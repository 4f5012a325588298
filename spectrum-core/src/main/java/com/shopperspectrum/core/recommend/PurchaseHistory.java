package com.shopperspectrum.core.recommend;

import com.shopperspectrum.core.data.ArrayValue;
import com.shopperspectrum.core.data.LongSort;
import com.shopperspectrum.core.data.TransactionTable;
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * What each customer bought, as compressed sparse rows: customer {@code c} bought the product rows
 * {@code item(c, 0) … item(c, size(c) - 1)} of a {@link ProductCatalog} (ascending), with the number of transaction
 * lines, the units and the last day (days since 1970-01-01) each was bought. The one history class: the model
 * stores it as it is (customer rows of its customer table), the recommender and the evaluation read it. Immutable;
 * arrays are copied in and out.
 */
public final class PurchaseHistory extends ArrayValue {
    private final int[] offsets;
    private final int[] items;
    private final int[] lines;
    private final int[] units;
    private final int[] lastDays;
    private final int lastDayOfData;
    private final int maxItem;

    /**
     * Histories from their arrays (a stored model's): customer {@code c} bought
     * {@code items[offsets[c]..offsets[c+1])}, strictly ascending within a customer.
     *
     * @param lastDayOfData the last day with any clean row (the "today" of recency weighting)
     */
    public PurchaseHistory(int[] offsets, int[] items, int[] lines, int[] units, int[] lastDays, int lastDayOfData) {
        int n = items.length;
        if (offsets.length == 0 || offsets[0] != 0 || offsets[offsets.length - 1] != n) {
            throw new IllegalArgumentException("history offsets must start at 0 and end at " + n);
        }
        if (lines.length != n || units.length != n || lastDays.length != n) {
            throw new IllegalArgumentException("history columns differ in length: " + n + " items, " + lines.length
                    + " lines, " + units.length + " units, " + lastDays.length + " days");
        }
        for (int c = 0; c + 1 < offsets.length; c++) {
            if (offsets[c] > offsets[c + 1]) {
                throw new IllegalArgumentException("history offsets decrease at customer row " + c);
            }
        }
        int max = -1;
        for (int c = 0; c + 1 < offsets.length; c++) {
            for (int k = offsets[c]; k < offsets[c + 1]; k++) {
                if (items[k] < 0 || (k > offsets[c] && items[k] <= items[k - 1])) {
                    throw new IllegalArgumentException("history of customer row " + c
                            + " is not in ascending product order or has a negative product row: " + items[k]);
                }
                max = Math.max(max, items[k]);
            }
        }
        this.maxItem = max;
        this.offsets = offsets.clone();
        this.items = items.clone();
        this.lines = lines.clone();
        this.units = units.clone();
        this.lastDays = lastDays.clone();
        this.lastDayOfData = lastDayOfData;
    }

    /**
     * The histories of every customer id of {@code t} (history row = customer id), with the catalogue's rows as
     * products (lines of products outside the catalogue are skipped).
     */
    public static PurchaseHistory of(TransactionTable t, ProductCatalog catalog) {
        int customers = t.customers().size();
        return of(t, IntStream.range(0, customers).toArray(), customers, catalog.rowsOf(t.products()));
    }

    /**
     * The histories of a table's rows, with {@code customerRow[id]} the history row of each customer id of the
     * table (-1: skipped; rows without a customer are skipped too) and {@code productRow[id]} the catalogue row of
     * each product id (-1: skipped). Units are summed in 64 bits and kept saturated at {@link Integer#MAX_VALUE}.
     */
    public static PurchaseHistory of(TransactionTable t, int[] customerRow, int customers, int[] productRow) {
        Objects.requireNonNull(t, "table");
        long[] keys = new long[t.size()];
        int count = 0;
        int maxDay = Integer.MIN_VALUE;
        for (int r = 0; r < t.size(); r++) {
            maxDay = Math.max(maxDay, t.day(r));
            int c = t.customer(r) < 0 ? -1 : customerRow[t.customer(r)];
            int p = productRow[t.product(r)];
            if (c >= 0 && p >= 0) {
                keys[count++] = ((long) c << 32) | p;
            }
        }
        long[] distinct = sortedDistinct(keys, count);
        int[] lines = new int[distinct.length];
        long[] units = new long[distinct.length];
        int[] lastDay = new int[distinct.length];
        Arrays.fill(lastDay, Integer.MIN_VALUE);
        for (int r = 0; r < t.size(); r++) {
            int c = t.customer(r) < 0 ? -1 : customerRow[t.customer(r)];
            int p = productRow[t.product(r)];
            if (c >= 0 && p >= 0) {
                int i = Arrays.binarySearch(distinct, ((long) c << 32) | p);
                lines[i]++;
                units[i] += t.quantity(r);
                lastDay[i] = Math.max(lastDay[i], t.day(r));
            }
        }
        int[] offsets = new int[customers + 1];
        int[] items = new int[distinct.length];
        int[] saturated = new int[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            offsets[(int) (distinct[i] >>> 32) + 1]++;
            items[i] = (int) distinct[i];
            saturated[i] = (int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, units[i]));
        }
        for (int c = 0; c < customers; c++) {
            offsets[c + 1] += offsets[c];
        }
        return new PurchaseHistory(offsets, items, lines, saturated, lastDay, t.size() == 0 ? 0 : maxDay);
    }

    /**
     * Histories from one entry per distinct (customer row, product row) pair, in any order (what another engine
     * aggregates): the pairs are sorted into customer rows, each with ascending product rows.
     */
    public static PurchaseHistory fromPairs(
            int customers,
            int[] customerRow,
            int[] productRow,
            int[] lines,
            int[] units,
            int[] lastDays,
            int lastDayOfData) {
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
        LongSort.sort(sorted);
        int[] offsets = new int[customers + 1];
        int[] items = new int[n];
        for (int i = 0; i < n; i++) {
            if (i > 0 && sorted[i] == sorted[i - 1]) {
                throw new IllegalArgumentException("history pair (customer row " + (sorted[i] >>> 32) + ", product row "
                        + (int) sorted[i] + ") appears twice");
            }
            offsets[(int) (sorted[i] >>> 32) + 1]++;
            items[i] = (int) sorted[i];
        }
        for (int c = 0; c < customers; c++) {
            offsets[c + 1] += offsets[c];
        }
        int[] l = new int[n];
        int[] u = new int[n];
        int[] d = new int[n];
        for (int i = 0; i < n; i++) {
            int at = Arrays.binarySearch(sorted, keys[i]);
            l[at] = lines[i];
            u[at] = units[i];
            d[at] = lastDays[i];
        }
        return new PurchaseHistory(offsets, items, l, u, d, lastDayOfData);
    }

    /** The distinct values of {@code keys[0..count)}, ascending (a primitive parallel sort, no boxing). */
    public static long[] sortedDistinct(long[] keys, int count) {
        long[] sorted = Arrays.copyOf(keys, count);
        LongSort.sort(sorted);
        int n = 0;
        for (int i = 0; i < count; i++) {
            if (n == 0 || sorted[i] != sorted[n - 1]) {
                sorted[n++] = sorted[i];
            }
        }
        return Arrays.copyOf(sorted, n);
    }

    /** These histories followed by {@code rows} customer rows without purchases. */
    public PurchaseHistory withEmptyRows(int rows) {
        if (rows == 0) {
            return this;
        }
        int[] extended = Arrays.copyOf(offsets, offsets.length + rows);
        Arrays.fill(extended, offsets.length, extended.length, items.length);
        return new PurchaseHistory(extended, items, lines, units, lastDays, lastDayOfData);
    }

    /** Number of customer rows. */
    public int customers() {
        return offsets.length - 1;
    }

    /** Number of (customer, product) pairs. */
    public int pairs() {
        return items.length;
    }

    /** Number of distinct products bought by a customer. */
    public int size(int customer) {
        return offsets[customer + 1] - offsets[customer];
    }

    /** The {@code k}-th product row (ascending) of a customer. */
    public int item(int customer, int k) {
        return items[offsets[customer] + k];
    }

    /** Lines of that product. */
    public int lines(int customer, int k) {
        return lines[offsets[customer] + k];
    }

    /** Units of that product. */
    public int units(int customer, int k) {
        return units[offsets[customer] + k];
    }

    /** Day of the last purchase of that product. */
    public int lastDay(int customer, int k) {
        return lastDays[offsets[customer] + k];
    }

    /** The last day with any clean row (the "today" of recency weighting and of the popular fallback). */
    public int lastDayOfData() {
        return lastDayOfData;
    }

    /** True when the customer bought the product row (binary search). */
    public boolean bought(int customer, int product) {
        return Arrays.binarySearch(items, offsets[customer], offsets[customer + 1], product) >= 0;
    }

    /** The largest product row of any history, or -1 when there is none (what a loader checks). */
    public int maxItem() {
        return maxItem;
    }

    public int[] offsets() {
        return offsets.clone();
    }

    public int[] items() {
        return items.clone();
    }

    public int[] lines() {
        return lines.clone();
    }

    public int[] units() {
        return units.clone();
    }

    public int[] lastDays() {
        return lastDays.clone();
    }

    @Override
    public String toString() {
        return "PurchaseHistory[customers=" + customers() + ", pairs=" + pairs() + "]";
    }

    @Override
    protected Object[] state() {
        return new Object[] {lastDayOfData, offsets, items, lines, units, lastDays};
    }
}
