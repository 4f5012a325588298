package com.shopperspectrum.core.recommend;

import com.shopperspectrum.core.data.TransactionTable;
import java.util.Arrays;
import java.util.Objects;

/**
 * What each customer bought: per customer (dense index), the distinct products in ascending index order with
 * the number of lines, the units and the day (days since 1970-01-01) of the last purchase. CSR arrays;
 * immutable.
 */
public final class PurchaseHistory {
    private final int[] ptr;
    private final int[] item;
    private final int[] lines;
    private final long[] units;
    private final int[] lastDay;
    private final int lastDayOfData;

    private PurchaseHistory(int[] ptr, int[] item, int[] lines, long[] units, int[] lastDay, int lastDayOfData) {
        this.ptr = ptr;
        this.item = item;
        this.lines = lines;
        this.units = units;
        this.lastDay = lastDay;
        this.lastDayOfData = lastDayOfData;
    }

    /**
     * Histories from their arrays (a stored model's): customer {@code c} bought {@code item[ptr[c]..ptr[c+1])}
     * (ascending within a customer) with those lines, units and last days.
     */
    public static PurchaseHistory of(
            int[] ptr, int[] item, int[] lines, long[] units, int[] lastDay, int lastDayOfData) {
        int n = item.length;
        if (ptr.length == 0
                || ptr[0] != 0
                || ptr[ptr.length - 1] != n
                || lines.length != n
                || units.length != n
                || lastDay.length != n) {
            throw new IllegalArgumentException("inconsistent history arrays: " + ptr.length + " pointers, " + n
                    + " items, " + lines.length + " lines, " + units.length + " units, " + lastDay.length + " days");
        }
        for (int c = 0; c + 1 < ptr.length; c++) {
            for (int k = ptr[c] + 1; k < ptr[c + 1]; k++) {
                if (item[k] <= item[k - 1]) {
                    throw new IllegalArgumentException("history of customer " + c + " is not in ascending item order");
                }
            }
        }
        return new PurchaseHistory(
                ptr.clone(), item.clone(), lines.clone(), units.clone(), lastDay.clone(), lastDayOfData);
    }

    /** The histories of every customer of {@code table} (rows without a customer are ignored). */
    public static PurchaseHistory of(TransactionTable table) {
        Objects.requireNonNull(table, "table");
        int customers = table.customers().size();
        int[] linePtr = new int[customers + 1];
        int maxDay = Integer.MIN_VALUE;
        for (int r = 0; r < table.size(); r++) {
            if (table.customer(r) >= 0) {
                linePtr[table.customer(r) + 1]++;
            }
            maxDay = Math.max(maxDay, table.day(r));
        }
        for (int c = 0; c < customers; c++) {
            linePtr[c + 1] += linePtr[c];
        }
        int n = linePtr[customers];
        long[] keys = new long[n];
        int[] next = Arrays.copyOf(linePtr, customers);
        for (int r = 0; r < table.size(); r++) {
            if (table.customer(r) >= 0) {
                keys[next[table.customer(r)]++] = ((long) table.product(r) << 32) | r;
            }
        }
        int[] ptr = new int[customers + 1];
        int[] item = new int[n];
        int[] lines = new int[n];
        long[] units = new long[n];
        int[] last = new int[n];
        int m = 0;
        for (int c = 0; c < customers; c++) {
            Arrays.sort(keys, linePtr[c], linePtr[c + 1]);
            for (int k = linePtr[c]; k < linePtr[c + 1]; ) {
                int p = (int) (keys[k] >>> 32);
                item[m] = p;
                last[m] = Integer.MIN_VALUE;
                for (; k < linePtr[c + 1] && (int) (keys[k] >>> 32) == p; k++) {
                    int r = (int) keys[k];
                    lines[m]++;
                    units[m] += table.quantity(r);
                    last[m] = Math.max(last[m], table.day(r));
                }
                m++;
            }
            ptr[c + 1] = m;
        }
        return new PurchaseHistory(
                ptr,
                Arrays.copyOf(item, m),
                Arrays.copyOf(lines, m),
                Arrays.copyOf(units, m),
                Arrays.copyOf(last, m),
                maxDay);
    }

    /** Number of customer indices. */
    public int customers() {
        return ptr.length - 1;
    }

    /** Number of distinct products bought by a customer. */
    public int size(int customer) {
        return ptr[customer + 1] - ptr[customer];
    }

    /** The {@code k}-th product (ascending index) of a customer. */
    public int item(int customer, int k) {
        return item[ptr[customer] + k];
    }

    /** Lines of that product. */
    public int lines(int customer, int k) {
        return lines[ptr[customer] + k];
    }

    /** Units of that product. */
    public long units(int customer, int k) {
        return units[ptr[customer] + k];
    }

    /** Day of the last purchase of that product. */
    public int lastDay(int customer, int k) {
        return lastDay[ptr[customer] + k];
    }

    /** The last day with any row in the table (the "today" of recency weighting). */
    public int lastDayOfData() {
        return lastDayOfData;
    }

    /** True when the customer bought the product (binary search). */
    public boolean bought(int customer, int product) {
        return Arrays.binarySearch(item, ptr[customer], ptr[customer + 1], product) >= 0;
    }
}
