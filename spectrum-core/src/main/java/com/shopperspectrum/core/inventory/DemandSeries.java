package com.shopperspectrum.core.inventory;

import com.shopperspectrum.core.clean.NonProductCodes;
import com.shopperspectrum.core.data.ProductDescriptions;
import com.shopperspectrum.core.data.TransactionTable;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Objects;

/**
 * Units and revenue per product and period, from the product's first sale to the last period of the data, with
 * zeros for the periods without sales. Products are the stock codes of the sales lines, less the non-products,
 * in stock-code order. Immutable: accessors copy.
 */
public final class DemandSeries {
    private final Period period;
    private final int lastPeriod;
    private final String[] codes;
    private final String[] descriptions;
    private final int[] firstPeriod;
    private final double[][] units;
    private final double[][] revenue;

    /**
     * The series of every product of {@code sales} (the lines to count: one per sale, as the cleaning keeps them
     * with the lines without a customer) that is not a non-product.
     *
     * @throws IllegalArgumentException when no line is left
     */
    public static DemandSeries of(TransactionTable sales, NonProductCodes nonProducts, Period period) {
        Objects.requireNonNull(period, "period");
        int ids = sales.products().size();
        int[] first = new int[ids];
        Arrays.fill(first, Integer.MAX_VALUE);
        int last = Integer.MIN_VALUE;
        boolean[] skip = new boolean[ids];
        for (int p = 0; p < ids; p++) {
            skip[p] = nonProducts.matches(sales.products().get(p));
        }
        for (int r = 0; r < sales.size(); r++) {
            int at = period.index(sales.day(r));
            last = Math.max(last, at);
            if (!skip[sales.product(r)]) {
                first[sales.product(r)] = Math.min(first[sales.product(r)], at);
            }
        }
        Integer[] order = productsByCode(sales, first);
        if (order.length == 0) {
            throw new IllegalArgumentException("no sales line of a product is left after cleaning");
        }
        return fill(sales, period, last, first, order);
    }

    private static Integer[] productsByCode(TransactionTable sales, int[] first) {
        return java.util.stream.IntStream.range(0, first.length)
                .filter(p -> first[p] != Integer.MAX_VALUE)
                .boxed()
                .sorted((a, b) ->
                        sales.products().get(a).compareTo(sales.products().get(b)))
                .toArray(Integer[]::new);
    }

    private static DemandSeries fill(TransactionTable sales, Period period, int last, int[] first, Integer[] order) {
        int n = order.length;
        int[] rowOf = new int[first.length];
        Arrays.fill(rowOf, -1);
        String[] text = ProductDescriptions.mostFrequent(sales);
        String[] codes = new String[n];
        String[] descriptions = new String[n];
        int[] firstPeriod = new int[n];
        double[][] units = new double[n][];
        double[][] revenue = new double[n][];
        for (int i = 0; i < n; i++) {
            int p = order[i];
            rowOf[p] = i;
            codes[i] = sales.products().get(p);
            descriptions[i] = text[p];
            firstPeriod[i] = first[p];
            units[i] = new double[last - first[p] + 1];
            revenue[i] = new double[last - first[p] + 1];
        }
        for (int r = 0; r < sales.size(); r++) {
            int i = rowOf[sales.product(r)];
            if (i >= 0) {
                int t = period.index(sales.day(r)) - firstPeriod[i];
                units[i][t] += sales.quantity(r);
                revenue[i][t] += sales.hasPrices() ? sales.amount(r) : 0;
            }
        }
        return new DemandSeries(period, last, codes, descriptions, firstPeriod, units, revenue);
    }

    /**
     * A series as a model file holds it: per product its code, description (or null), first period and its units
     * and revenue from there to {@code lastPeriod}, codes in increasing order.
     *
     * @throws IllegalArgumentException when the parts do not fit together (the message names what)
     */
    public DemandSeries(
            Period period,
            int lastPeriod,
            String[] codes,
            String[] descriptions,
            int[] firstPeriod,
            double[][] units,
            double[][] revenue) {
        int n = codes.length;
        if (descriptions.length != n || firstPeriod.length != n || units.length != n || revenue.length != n) {
            throw new IllegalArgumentException(
                    "demand series: " + n + " codes but " + descriptions.length + " descriptions, " + firstPeriod.length
                            + " first periods, " + units.length + " and " + revenue.length + " series");
        }
        for (int i = 0; i < n; i++) {
            if (i > 0 && codes[i - 1].compareTo(codes[i]) >= 0) {
                throw new IllegalArgumentException("demand series: codes out of order at " + i + ": " + codes[i]);
            }
            int length = lastPeriod - firstPeriod[i] + 1;
            if (length < 1 || units[i].length != length || revenue[i].length != length) {
                throw new IllegalArgumentException("demand series of " + codes[i] + ": first period " + firstPeriod[i]
                        + ", last " + lastPeriod + ", but " + units[i].length + " values");
            }
        }
        this.period = Objects.requireNonNull(period, "period");
        this.lastPeriod = lastPeriod;
        this.codes = codes.clone();
        this.descriptions = descriptions.clone();
        this.firstPeriod = firstPeriod.clone();
        this.units = deepCopy(units);
        this.revenue = deepCopy(revenue);
    }

    private static double[][] deepCopy(double[][] a) {
        double[][] c = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            c[i] = a[i].clone();
        }
        return c;
    }

    /** The stock codes, in increasing order (a copy). */
    public String[] codes() {
        return codes.clone();
    }

    /** The descriptions by product (a copy; nulls where none). */
    public String[] descriptions() {
        return descriptions.clone();
    }

    /** The first period of each product (a copy). */
    public int[] firstPeriods() {
        return firstPeriod.clone();
    }

    public Period period() {
        return period;
    }

    /** Number of products. */
    public int size() {
        return codes.length;
    }

    /** The index of the last period of the data (the same for every product). */
    public int lastPeriod() {
        return lastPeriod;
    }

    /** The first day of the last period of the data. */
    public LocalDate lastPeriodStart() {
        return period.start(lastPeriod);
    }

    public String code(int product) {
        return codes[product];
    }

    /** The product's description (the most frequent one of its lines), or null when its lines have none. */
    public String description(int product) {
        return descriptions[product];
    }

    /** The period index of the product's first sale. */
    public int firstPeriod(int product) {
        return firstPeriod[product];
    }

    /** Units per period from the first sale to the last period of the data (a copy). */
    public double[] units(int product) {
        return units[product].clone();
    }

    /** Revenue per period, aligned with {@link #units} (a copy; zeros when the data has no prices). */
    public double[] revenue(int product) {
        return revenue[product].clone();
    }

    /** Total revenue of the product. */
    public double totalRevenue(int product) {
        double sum = 0;
        for (double v : revenue[product]) {
            sum += v;
        }
        return sum;
    }

    /** The row of stock code {@code code}, or -1. */
    public int indexOf(String code) {
        int i = Arrays.binarySearch(codes, code);
        return i >= 0 ? i : -1;
    }
}
