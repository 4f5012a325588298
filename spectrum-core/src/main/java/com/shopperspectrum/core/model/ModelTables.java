package com.shopperspectrum.core.model;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.ProductDescriptions;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.RfmTable;
import java.util.Arrays;
import java.util.stream.IntStream;

/** Builds the columnar parts of a model (catalogue, customer rows, histories) from clean transactions. */
final class ModelTables {
    private ModelTables() {}

    /** The catalogue in popularity order; fills {@code rowOf[productId]} (-1 for ids with no clean row). */
    static ProductTable products(TransactionTable t, int[] rowOf, NonProductCodes nonProducts) {
        int n = rowOf.length;
        long[] quantity = new long[n];
        double[] revenue = new double[n];
        boolean[] seen = new boolean[n];
        long[] pairs = new long[t.size()];
        int count = 0;
        for (int r = 0; r < t.size(); r++) {
            int p = t.product(r);
            seen[p] = true;
            quantity[p] += t.quantity(r);
            revenue[p] += t.amount(r);
            if (t.customer(r) >= 0) {
                pairs[count++] = ((long) p << 32) | t.customer(r);
            }
        }
        int[] customers = distinctFirst(pairs, count, n);
        String[] descriptions = ProductDescriptions.mostFrequent(t);
        int[] present = IntStream.range(0, n).filter(p -> seen[p]).toArray();
        ProductTable table = ProductTable.byPopularity(
                Arrays.stream(present).mapToObj(p -> t.products().get(p)).toArray(String[]::new),
                Arrays.stream(present).mapToObj(p -> descriptions[p]).toArray(String[]::new),
                Arrays.stream(present).mapToLong(p -> quantity[p]).toArray(),
                Arrays.stream(present)
                        .mapToDouble(p -> t.hasPrices() ? revenue[p] : Double.NaN)
                        .toArray(),
                Arrays.stream(present).map(p -> customers[p]).toArray(),
                nonProducts);
        Arrays.fill(rowOf, -1);
        for (int p : present) {
            rowOf[p] = table.indexOf(t.products().get(p));
        }
        return table;
    }

    /** Distinct second halves per first half of packed (first, second) pairs. */
    private static int[] distinctFirst(long[] pairs, int count, int n) {
        long[] sorted = Arrays.copyOf(pairs, count);
        Arrays.parallelSort(sorted);
        int[] result = new int[n];
        for (int i = 0; i < count; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                result[(int) (sorted[i] >>> 32)]++;
            }
        }
        return result;
    }

    static int[] customerRows(TransactionTable t, RfmTable rfm) {
        int[] rowOf = new int[t.customers().size()];
        Arrays.fill(rowOf, -1);
        for (int i = 0; i < rfm.size(); i++) {
            rowOf[t.customers().indexOf(rfm.customerId(i))] = i;
        }
        return rowOf;
    }

    static PurchaseHistories histories(TransactionTable t, int[] customerRow, int[] productRow, int customers) {
        long[] keys = new long[t.size()];
        int count = 0;
        for (int r = 0; r < t.size(); r++) {
            if (t.customer(r) >= 0 && customerRow[t.customer(r)] >= 0) {
                keys[count++] = ((long) customerRow[t.customer(r)] << 32) | productRow[t.product(r)];
            }
        }
        long[] distinct = PurchaseHistories.sortedDistinct(keys, count);
        int[] lines = new int[distinct.length];
        int[] quantity = new int[distinct.length];
        int[] lastDay = new int[distinct.length];
        Arrays.fill(lastDay, Integer.MIN_VALUE);
        for (int r = 0; r < t.size(); r++) {
            if (t.customer(r) >= 0 && customerRow[t.customer(r)] >= 0) {
                int i = Arrays.binarySearch(
                        distinct, ((long) customerRow[t.customer(r)] << 32) | productRow[t.product(r)]);
                lines[i]++;
                quantity[i] += t.quantity(r);
                lastDay[i] = Math.max(lastDay[i], t.day(r));
            }
        }
        int[] customerRows = new int[distinct.length];
        int[] productRows = new int[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            customerRows[i] = (int) (distinct[i] >>> 32);
            productRows[i] = (int) distinct[i];
        }
        return PurchaseHistories.fromPairs(customers, customerRows, productRows, lines, quantity, lastDay);
    }
}
