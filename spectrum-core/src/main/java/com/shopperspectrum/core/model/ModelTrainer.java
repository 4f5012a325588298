package com.shopperspectrum.core.model;

import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.ProductDescriptions;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.profile.Profiler;
import com.shopperspectrum.core.rfm.RfmCalculator;
import com.shopperspectrum.core.rfm.RfmTable;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Builds a {@link SpectrumModel} from cleaned transactions: profile, product catalogue (popularity = distinct
 * customers), customer table (RFM) and purchase histories. Deterministic: the same data give equal models.
 * The caller supplies the provenance (file hash, options, timings), which core cannot know.
 */
public final class ModelTrainer {
    private final NonProductCodes nonProducts;

    public ModelTrainer(NonProductCodes nonProducts) {
        this.nonProducts = nonProducts;
    }

    public SpectrumModel train(CleaningResult cleaning, ModelMetadata metadata) {
        TransactionTable clean = cleaning.clean();
        int[] productRow = new int[clean.products().size()];
        ProductTable products = products(clean, productRow);
        RfmTable rfm = new RfmCalculator().compute(clean);
        int[] customerRow = customerRows(clean, rfm);
        CustomerTable customers = new CustomerTable(rfm, mainCountries(clean, customerRow, rfm.size()));
        PurchaseHistories histories = histories(clean, customerRow, productRow, rfm.size());
        return new SpectrumModel(metadata, new Profiler().profile(cleaning), products, customers, histories);
    }

    /** The catalogue in popularity order; fills {@code rowOf[productId]} (-1 for ids with no clean row). */
    private ProductTable products(TransactionTable t, int[] rowOf) {
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
        Integer[] order = IntStream.range(0, n).filter(p -> seen[p]).boxed().sorted(
                Comparator.comparingInt((Integer p) -> -customers[p]).thenComparingLong(p -> -quantity[p])
                        .thenComparing(p -> t.products().get(p))).toArray(Integer[]::new);
        Arrays.fill(rowOf, -1);
        int m = order.length;
        String[] codes = new String[m];
        String[] texts = new String[m];
        long[] q = new long[m];
        double[] rev = new double[m];
        int[] cust = new int[m];
        boolean[] non = new boolean[m];
        for (int i = 0; i < m; i++) {
            int p = order[i];
            rowOf[p] = i;
            codes[i] = t.products().get(p);
            texts[i] = descriptions[p];
            q[i] = quantity[p];
            rev[i] = t.hasPrices() ? revenue[p] : Double.NaN;
            cust[i] = customers[p];
            non[i] = nonProducts.matches(codes[i]);
        }
        return new ProductTable(codes, texts, q, rev, cust, non);
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

    private static int[] customerRows(TransactionTable t, RfmTable rfm) {
        int[] rowOf = new int[t.customers().size()];
        Arrays.fill(rowOf, -1);
        for (int i = 0; i < rfm.size(); i++) {
            rowOf[t.customers().indexOf(rfm.customerId(i))] = i;
        }
        return rowOf;
    }

    private static String[] mainCountries(TransactionTable t, int[] customerRow, int customers) {
        int countries = t.countries().size();
        int[][] counts = new int[customers][];
        for (int r = 0; r < t.size(); r++) {
            int c = t.customer(r) < 0 ? -1 : customerRow[t.customer(r)];
            if (c >= 0 && t.country(r) >= 0) {
                if (counts[c] == null) {
                    counts[c] = new int[countries];
                }
                counts[c][t.country(r)]++;
            }
        }
        String[] out = new String[customers];
        for (int c = 0; c < customers; c++) {
            int best = -1;
            for (int k = 0; counts[c] != null && k < countries; k++) {
                if (counts[c][k] > 0 && (best < 0 || counts[c][k] > counts[c][best])) {
                    best = k;
                }
            }
            out[c] = best < 0 ? null : t.countries().get(best);
        }
        return out;
    }

    private static PurchaseHistories histories(TransactionTable t, int[] customerRow, int[] productRow,
                                               int customers) {
        long[] keys = new long[t.size()];
        int count = 0;
        for (int r = 0; r < t.size(); r++) {
            if (t.customer(r) >= 0) {
                keys[count++] = ((long) customerRow[t.customer(r)] << 32) | productRow[t.product(r)];
            }
        }
        long[] distinct = Arrays.stream(Arrays.copyOf(keys, count)).parallel().distinct().sorted().toArray();
        int[] quantity = new int[distinct.length];
        int[] lastDay = new int[distinct.length];
        Arrays.fill(lastDay, Integer.MIN_VALUE);
        for (int r = 0; r < t.size(); r++) {
            if (t.customer(r) >= 0) {
                int i = Arrays.binarySearch(distinct, ((long) customerRow[t.customer(r)] << 32) | productRow[t.product(r)]);
                quantity[i] += t.quantity(r);
                lastDay[i] = Math.max(lastDay[i], t.day(r));
            }
        }
        int[] offsets = new int[customers + 1];
        int[] products = new int[distinct.length];
        for (int i = 0; i < distinct.length; i++) {
            offsets[(int) (distinct[i] >>> 32) + 1]++;
            products[i] = (int) distinct[i];
        }
        for (int c = 0; c < customers; c++) {
            offsets[c + 1] += offsets[c];
        }
        return new PurchaseHistories(offsets, products, quantity, lastDay);
    }
}
