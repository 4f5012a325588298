package com.shopperspectrum.core.cohort;

import java.time.LocalDate;
import java.util.Objects;

/**
 * The k-means segments at one month end: customers per segment as of the next day, and the month's clean revenue
 * (from the previous point to this one) by the segment its customers were in at the start of the month (as of the
 * previous point), so that "what did last month's At-Risk customers spend" can be read; the customers won in the
 * month (no purchase before it) are counted apart.
 *
 * @param monthEnd     the last day counted (the last data day for a final, partial month)
 * @param customers    customers per segment (cluster order) as of {@code monthEnd + 1}
 * @param revenue      the month's revenue per segment at the month's start, or null when the data has no prices
 * @param newCustomers customers whose first purchase is in the month
 * @param newRevenue   their revenue in the month, or null when the data has no prices
 */
public record SegmentMonth(LocalDate monthEnd, int[] customers, double[] revenue, int newCustomers, Double newRevenue) {
    public SegmentMonth {
        Objects.requireNonNull(monthEnd, "monthEnd");
        if (newCustomers < 0 || newRevenue != null && !Double.isFinite(newRevenue)) {
            throw new IllegalArgumentException("new customers " + newCustomers + ", revenue " + newRevenue);
        }
        customers = customers.clone();
        revenue = revenue == null ? null : revenue.clone();
        if (revenue != null && revenue.length != customers.length) {
            throw new IllegalArgumentException(customers.length + " segments, " + revenue.length + " revenues");
        }
    }

    /** The state's day: the day after the month end. */
    public LocalDate asOf() {
        return monthEnd.plusDays(1);
    }

    @Override
    public int[] customers() {
        return customers.clone();
    }

    @Override
    public double[] revenue() {
        return revenue == null ? null : revenue.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof SegmentMonth m
                && monthEnd.equals(m.monthEnd)
                && java.util.Arrays.equals(customers, m.customers)
                && java.util.Arrays.equals(revenue, m.revenue)
                && newCustomers == m.newCustomers
                && Objects.equals(newRevenue, m.newRevenue);
    }

    @Override
    public int hashCode() {
        return Objects.hash(
                monthEnd,
                java.util.Arrays.hashCode(customers),
                java.util.Arrays.hashCode(revenue),
                newCustomers,
                newRevenue);
    }
}
