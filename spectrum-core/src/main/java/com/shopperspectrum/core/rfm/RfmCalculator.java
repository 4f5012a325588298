package com.shopperspectrum.core.rfm;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.LongSort;
import com.shopperspectrum.core.data.TransactionTable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;

/**
 * Computes RFM (Hughes 1994) per customer from clean transactions:
 * <ul>
 *   <li><b>Recency</b>: calendar days from the customer's last purchase day to the snapshot day. The default
 *       snapshot is the day after the last purchase day in the data, so a purchase on that last day has
 *       recency 1.</li>
 *   <li><b>Frequency</b>: distinct invoices.</li>
 *   <li><b>Monetary</b>: sum of quantity × unit price.</li>
 * </ul>
 * Rows without a customer are ignored (cleaning removes them first). A monetary sum that overflows a double
 * is an {@link InvalidInputException} naming the customer, never an infinite or NaN value.
 */
public final class RfmCalculator {

    /** RFM with the default snapshot (the day after the last purchase day). */
    public RfmTable compute(TransactionTable clean) {
        return compute(clean, null);
    }

    /**
     * RFM as of the snapshot day {@code asOf} (null: the day after the last purchase day, which keeps every
     * row). Only purchases before the snapshot day count, as with the default snapshot: rows on or after
     * {@code asOf} are ignored (they have not happened yet as of that day), so recency is always at least 1
     * and customers who only buy later are absent.
     */
    public RfmTable compute(TransactionTable clean, LocalDate asOf) {
        int customers = clean.customers().size();
        int[] lastDay = new int[customers];
        Arrays.fill(lastDay, Integer.MIN_VALUE);
        double[] money = new double[customers];
        long[] pairs = new long[clean.size()];
        int pairCount = 0;
        int maxDay = Integer.MIN_VALUE;
        long cutoff = asOf == null ? Long.MAX_VALUE : asOf.toEpochDay();
        for (int r = 0; r < clean.size(); r++) {
            int c = clean.customer(r);
            int day = clean.day(r);
            if (c < 0 || day >= cutoff) {
                continue;
            }
            lastDay[c] = Math.max(lastDay[c], day);
            maxDay = Math.max(maxDay, day);
            money[c] += clean.amount(r);
            pairs[pairCount++] = ((long) c << 32) | clean.invoice(r);
        }
        int[] invoices = distinctInvoicesPerCustomer(pairs, pairCount, customers);
        long snapshotDay = asOf != null ? asOf.toEpochDay() : (maxDay == Integer.MIN_VALUE ? 0 : maxDay + 1L);
        Integer[] order = customersInIdOrder(clean, lastDay);
        int n = order.length;
        String[] ids = new String[n];
        int[] recency = new int[n];
        int[] frequency = new int[n];
        double[] monetary = new double[n];
        for (int i = 0; i < n; i++) {
            int c = order[i];
            ids[i] = clean.customers().get(c);
            recency[i] = (int) (snapshotDay - lastDay[c]);
            frequency[i] = invoices[c];
            monetary[i] = clean.hasPrices() ? money[c] : Double.NaN;
            if (clean.hasPrices() && !Double.isFinite(money[c])) {
                throw new InvalidInputException("the monetary value of customer " + ids[i] + " overflows (the sum"
                        + " of its line totals is beyond ±" + Double.MAX_VALUE + "); look for wrong prices or "
                        + "quantities, e.g. a price of 1e308");
            }
        }
        return new RfmTable(ids, recency, frequency, monetary, LocalDate.ofEpochDay(snapshotDay), clean.hasPrices());
    }

    private static int[] distinctInvoicesPerCustomer(long[] pairs, int count, int customers) {
        long[] sorted = Arrays.copyOf(pairs, count);
        LongSort.sort(sorted);
        int[] result = new int[customers];
        for (int i = 0; i < count; i++) {
            if (i == 0 || sorted[i] != sorted[i - 1]) {
                result[(int) (sorted[i] >>> 32)]++;
            }
        }
        return result;
    }

    private static Integer[] customersInIdOrder(TransactionTable clean, int[] lastDay) {
        return java.util.stream.IntStream.range(0, lastDay.length)
                .filter(c -> lastDay[c] != Integer.MIN_VALUE)
                .boxed()
                .sorted(Comparator.comparing(c -> clean.customers().get(c), CustomerIdOrder.INSTANCE))
                .toArray(Integer[]::new);
    }
}
