package com.shopperspectrum.core.clv;

import com.shopperspectrum.core.clean.CleaningResult;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.core.rfm.CustomerIdOrder;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * The "buy 'til you die" summary of each customer (Fader, Hardie &amp; Lee 2005), from clean transactions:
 * <ul>
 *   <li>purchases on the same calendar day are <b>one transaction</b> (their values added);</li>
 *   <li>{@code x}: repeat transactions in the calibration period (the first purchase is not counted);</li>
 *   <li>{@code t_x}: time from the first to the last calibration purchase (0 when x = 0);</li>
 *   <li>{@code T}: time from the first purchase to the end of calibration (the calibration end day is inside);</li>
 *   <li>{@code m_x}: the mean value of the repeat calibration transactions, the first excluded (NaN when x = 0
 *       or the data have no money);</li>
 *   <li>the holdout: the transactions after the calibration end day, up to the last day of the data.</li>
 * </ul>
 * Times are in the {@link ClvUnit} (weeks = days / 7 by default). Customers whose first purchase falls after the
 * calibration end are not in the summary (they are counted in {@link #newInHoldout()}). Immutable.
 */
public final class CustomerSummary {
    private final String[] ids;
    private final int[] x;
    private final double[] tx;
    private final double[] bigT;
    private final double[] mx;
    private final int[] holdoutX;
    private final int[] firstDay;
    private final int[] repeatOffsets;
    private final int[] repeatDays;
    private final int firstDataDay;
    private final int calibrationEndDay;
    private final int lastDataDay;
    private final ClvUnit unit;
    private final boolean hasMoney;
    private final int newInHoldout;
    /** The no-dropout NBD limit's maximised log-likelihood, computed once ({@link ClvFitter}); NaN until then. */
    private volatile double nbdLogLikelihood = Double.NaN;

    private CustomerSummary(SummaryColumns c) {
        ids = c.ids().clone();
        x = c.x().clone();
        tx = c.tx().clone();
        bigT = c.bigT().clone();
        mx = c.mx().clone();
        holdoutX = c.holdoutX().clone();
        firstDay = c.firstDay().clone();
        repeatOffsets = c.repeatOffsets().clone();
        repeatDays = c.repeatDays().clone();
        firstDataDay = (int) c.firstDataDay().toEpochDay();
        calibrationEndDay = (int) c.calibrationEnd().toEpochDay();
        lastDataDay = (int) c.lastDataDay().toEpochDay();
        unit = c.unit();
        hasMoney = c.hasMoney();
        newInHoldout = c.newInHoldout();
    }

    /** The summary stored as {@code columns} (by {@link #columns()}). */
    public static CustomerSummary of(SummaryColumns columns) {
        return new CustomerSummary(columns);
    }

    /** This summary as columns (copies), to store it. */
    public SummaryColumns columns() {
        return new SummaryColumns(
                ids.clone(),
                x.clone(),
                tx.clone(),
                bigT.clone(),
                mx.clone(),
                holdoutX.clone(),
                firstDay.clone(),
                repeatOffsets.clone(),
                repeatDays.clone(),
                unit,
                hasMoney,
                firstDataDay(),
                calibrationEnd(),
                lastDataDay(),
                newInHoldout);
    }

    private CustomerSummary(Builder b) {
        ids = b.ids;
        x = b.x;
        tx = b.tx;
        bigT = b.bigT;
        mx = b.mx;
        holdoutX = b.holdoutX;
        firstDay = b.firstDay;
        repeatOffsets = b.repeatOffsets;
        repeatDays = b.repeatDays;
        firstDataDay = b.firstDataDay;
        calibrationEndDay = b.calibrationEndDay;
        lastDataDay = b.lastDataDay;
        unit = b.unit;
        hasMoney = b.hasMoney;
        newInHoldout = b.newInHoldout;
    }

    /**
     * The summary of the cleaning's purchases: the clean rows, and the rows the cleaning removed only for a unit
     * price of exactly 0 (a customer's free purchase is still a transaction, as in the CDNOW summaries: it counts,
     * with value 0). Rows with a negative price, a cancellation or a non-positive quantity stay out.
     */
    public static CustomerSummary of(CleaningResult cleaning, SummaryOptions options) {
        TransactionTable raw = cleaning.raw();
        if (!raw.hasPrices()) {
            return of(cleaning.clean(), options);
        }
        int[] zero = java.util.stream.IntStream.range(0, raw.size())
                .filter(r -> raw.customer(r) >= 0
                        && raw.unitPrice(r) == 0
                        && raw.quantity(r) > 0
                        && !(raw.hasInvoices() && raw.invoiceId(r).startsWith("C")))
                .toArray();
        if (zero.length == 0) {
            return of(cleaning.clean(), options);
        }
        TransactionTable clean = cleaning.clean();
        TransactionTable free = raw.select(zero);
        int n = clean.size() + free.size();
        int[] customer = new int[n];
        int[] day = new int[n];
        double[] amount = new double[n];
        for (int r = 0; r < n; r++) {
            TransactionTable t = r < clean.size() ? clean : free;
            int row = r < clean.size() ? r : r - clean.size();
            customer[r] = t.customer(row);
            day[r] = t.day(row);
            amount[r] = t.amount(row);
        }
        return of(raw.customers().values(), customer, day, amount, true, options);
    }

    /** The summary of the clean transactions' customers (rows without a customer are ignored). */
    public static CustomerSummary of(TransactionTable clean, SummaryOptions options) {
        int n = clean.size();
        int[] customer = new int[n];
        int[] day = new int[n];
        double[] amount = new double[n];
        for (int r = 0; r < n; r++) {
            customer[r] = clean.customer(r);
            day[r] = clean.day(r);
            amount[r] = clean.hasPrices() ? clean.amount(r) : Double.NaN;
        }
        return of(clean.customers().values(), customer, day, amount, clean.hasPrices(), options);
    }

    /**
     * The summary of purchase rows: row r is customer {@code names[customer[r]]} (negative: no customer, ignored)
     * on epoch day {@code day[r]} for {@code amount[r]} (ignored when {@code hasMoney} is false).
     */
    public static CustomerSummary of(
            String[] names, int[] customer, int[] day, double[] amount, boolean hasMoney, SummaryOptions options) {
        int customers = names.length;
        int[] count = new int[customers + 1];
        int minDay = Integer.MAX_VALUE;
        int maxDay = Integer.MIN_VALUE;
        for (int r = 0; r < customer.length; r++) {
            if (customer[r] >= 0) {
                count[customer[r] + 1]++;
                minDay = Math.min(minDay, day[r]);
                maxDay = Math.max(maxDay, day[r]);
            }
        }
        if (minDay == Integer.MAX_VALUE) {
            throw new InvalidInputException("no purchase with a customer id: the customer summary needs at least one");
        }
        for (int c = 0; c < customers; c++) {
            count[c + 1] += count[c];
        }
        long[] keyed = new long[count[customers]];
        int[] fill = Arrays.copyOf(count, customers);
        int[] rowOf = new int[keyed.length];
        for (int r = 0; r < customer.length; r++) {
            if (customer[r] >= 0) {
                int at = fill[customer[r]]++;
                keyed[at] = ((long) (day[r] - minDay) << 32) | at;
                rowOf[at] = r;
            }
        }
        int calEnd = calibrationEnd(options, minDay, maxDay);
        Builder b = new Builder(options.unit(), hasMoney, minDay, calEnd, maxDay);
        for (int c = 0; c < customers; c++) {
            Arrays.sort(keyed, count[c], count[c + 1]);
            b.customer(names[c], keyed, count[c], count[c + 1], rowOf, day, amount);
        }
        return b.build();
    }

    private static int calibrationEnd(SummaryOptions options, int minDay, int maxDay) {
        String range = LocalDate.ofEpochDay(minDay) + " .. " + LocalDate.ofEpochDay(maxDay);
        if (options.calibrationEnd() != null) {
            long end = options.calibrationEnd().toEpochDay();
            if (end < minDay || end > maxDay) {
                throw new InvalidInputException(
                        "--calibration-end " + options.calibrationEnd() + " is outside the " + "data (" + range + ")",
                        "--calibration-end");
            }
            return (int) end;
        }
        if (options.holdoutDays() != null) {
            long end = (long) maxDay - options.holdoutDays();
            if (end < minDay) {
                throw new InvalidInputException(
                        "--holdout-days " + options.holdoutDays() + " leaves no calibration " + "period: the data span "
                                + (maxDay - minDay) + " days (" + range + ")",
                        "--holdout-days");
            }
            return (int) end;
        }
        return maxDay;
    }

    public int size() {
        return ids.length;
    }

    /** The NBD limit's log-likelihood, fitted on first use (both purchase models' dropout checks need it). */
    double nbdLogLikelihood(java.util.function.ToDoubleFunction<CustomerSummary> fit) {
        double v = nbdLogLikelihood;
        if (Double.isNaN(v)) {
            v = fit.applyAsDouble(this);
            nbdLogLikelihood = v;
        }
        return v;
    }

    public String id(int i) {
        return ids[i];
    }

    public int x(int i) {
        return x[i];
    }

    public double tx(int i) {
        return tx[i];
    }

    public double bigT(int i) {
        return bigT[i];
    }

    /** Mean repeat transaction value, NaN when x = 0 or there is no money. */
    public double mx(int i) {
        return mx[i];
    }

    /** Transactions after the calibration end (0 without a holdout). */
    public int holdoutX(int i) {
        return holdoutX[i];
    }

    /** Epoch day of the customer's first purchase. */
    public int firstDay(int i) {
        return firstDay[i];
    }

    /** Epoch days of the customer's repeat transactions (calibration and holdout), ascending. */
    public int[] repeatDays(int i) {
        return Arrays.copyOfRange(repeatDays, repeatOffsets[i], repeatOffsets[i + 1]);
    }

    public ClvUnit unit() {
        return unit;
    }

    public boolean hasMoney() {
        return hasMoney;
    }

    public LocalDate firstDataDay() {
        return LocalDate.ofEpochDay(firstDataDay);
    }

    public LocalDate calibrationEnd() {
        return LocalDate.ofEpochDay(calibrationEndDay);
    }

    public LocalDate lastDataDay() {
        return LocalDate.ofEpochDay(lastDataDay);
    }

    /** Whether there are days after the calibration end. */
    public boolean hasHoldout() {
        return lastDataDay > calibrationEndDay;
    }

    /** Length of the holdout in the unit. */
    public double holdoutLength() {
        return (lastDataDay - calibrationEndDay) / (double) unit.days();
    }

    /** Customers whose first purchase is after the calibration end (not in the summary). */
    public int newInHoldout() {
        return newInHoldout;
    }

    /** Customers with at least one repeat transaction in calibration. */
    public int repeaters() {
        return (int) Arrays.stream(x).filter(v -> v > 0).count();
    }

    private static final class Builder {
        private final ClvUnit unit;
        private final boolean hasMoney;
        private final int firstDataDay;
        private final int calibrationEndDay;
        private final int lastDataDay;
        private final IntArray repeat = new IntArray();
        private final IntArray offsets = new IntArray();
        private final java.util.List<Object[]> rows = new java.util.ArrayList<>();
        private int newInHoldout;
        String[] ids;
        int[] x;
        double[] tx;
        double[] bigT;
        double[] mx;
        int[] holdoutX;
        int[] firstDay;
        int[] repeatOffsets;
        int[] repeatDays;

        Builder(ClvUnit unit, boolean hasMoney, int firstDataDay, int calibrationEndDay, int lastDataDay) {
            this.unit = unit;
            this.hasMoney = hasMoney;
            this.firstDataDay = firstDataDay;
            this.calibrationEndDay = calibrationEndDay;
            this.lastDataDay = lastDataDay;
        }

        /** One customer's rows, keyed[from..to) sorted by day. */
        void customer(String id, long[] keyed, int from, int to, int[] rowOf, int[] day, double[] amount) {
            if (from == to) {
                return;
            }
            int first = day[rowOf[(int) keyed[from]]];
            if (first > calibrationEndDay) {
                newInHoldout++;
                return;
            }
            int start = repeat.size();
            int repeats = 0;
            int holdout = 0;
            int last = first;
            double sum = 0;
            int previous = first;
            double value = 0;
            for (int k = from; k <= to; k++) {
                int d = k < to ? day[rowOf[(int) keyed[k]]] : Integer.MAX_VALUE;
                if (d != previous) {
                    // the transaction of day `previous` is complete
                    if (previous != first) {
                        repeat.add(previous);
                        if (previous <= calibrationEndDay) {
                            repeats++;
                            last = previous;
                            sum += value;
                        } else {
                            holdout++;
                        }
                    }
                    previous = d;
                    value = 0;
                }
                if (k < to && hasMoney) {
                    value += amount[rowOf[(int) keyed[k]]];
                }
            }
            offsets.add(start);
            double u = unit.days();
            rows.add(new Object[] {
                id,
                repeats,
                (last - first) / u,
                (calibrationEndDay - first) / u,
                repeats > 0 && hasMoney ? sum / repeats : Double.NaN,
                holdout,
                first
            });
        }

        CustomerSummary build() {
            Integer[] order = IntStream.range(0, rows.size())
                    .boxed()
                    .sorted(Comparator.comparing(i -> (String) rows.get(i)[0], CustomerIdOrder.INSTANCE))
                    .toArray(Integer[]::new);
            int n = order.length;
            ids = new String[n];
            x = new int[n];
            tx = new double[n];
            bigT = new double[n];
            mx = new double[n];
            holdoutX = new int[n];
            firstDay = new int[n];
            repeatOffsets = new int[n + 1];
            IntArray days = new IntArray();
            int[] allRepeat = repeat.toArray();
            int[] allOffsets = offsets.toArray();
            for (int i = 0; i < n; i++) {
                int k = order[i];
                Object[] row = rows.get(k);
                ids[i] = (String) row[0];
                x[i] = (Integer) row[1];
                tx[i] = (Double) row[2];
                bigT[i] = (Double) row[3];
                mx[i] = (Double) row[4];
                holdoutX[i] = (Integer) row[5];
                firstDay[i] = (Integer) row[6];
                int end = k + 1 < allOffsets.length ? allOffsets[k + 1] : allRepeat.length;
                repeatOffsets[i] = days.size();
                for (int j = allOffsets[k]; j < end; j++) {
                    days.add(allRepeat[j]);
                }
            }
            repeatOffsets[n] = days.size();
            repeatDays = days.toArray();
            return new CustomerSummary(this);
        }
    }

    /** A growable int array. */
    private static final class IntArray {
        private int[] a = new int[16];
        private int size;

        void add(int v) {
            if (size == a.length) {
                a = Arrays.copyOf(a, size * 2);
            }
            a[size++] = v;
        }

        int size() {
            return size;
        }

        int[] toArray() {
            return Arrays.copyOf(a, size);
        }
    }
}
