package com.shopperspectrum.core.rfm;

import com.shopperspectrum.core.data.ArrayValue;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Recency, frequency and monetary value per customer, rows in ascending customer-id order (numeric ids by
 * value). Immutable; accessors copy nothing and arrays are never exposed.
 *
 * @see RfmCalculator for the definitions
 */
public final class RfmTable extends ArrayValue {
    private final String[] customerIds;
    private final int[] recency;
    private final int[] frequency;
    private final double[] monetary;
    private final LocalDate snapshot;
    private final boolean hasMonetary;

    public RfmTable(
            String[] customerIds,
            int[] recency,
            int[] frequency,
            double[] monetary,
            LocalDate snapshot,
            boolean hasMonetary) {
        int n = customerIds.length;
        if (recency.length != n || frequency.length != n || monetary.length != n) {
            throw new IllegalArgumentException("RFM columns differ in length: " + n + ", " + recency.length + ", "
                    + frequency.length + ", " + monetary.length);
        }
        this.customerIds = customerIds.clone();
        this.recency = recency.clone();
        this.frequency = frequency.clone();
        this.monetary = monetary.clone();
        this.snapshot = Objects.requireNonNull(snapshot, "snapshot");
        this.hasMonetary = hasMonetary;
    }

    public int size() {
        return customerIds.length;
    }

    public String customerId(int row) {
        return customerIds[row];
    }
    /** Days from the last purchase day to the snapshot day (at least 1 by default snapshot). */
    public int recency(int row) {
        return recency[row];
    }
    /** Distinct invoices. */
    public int frequency(int row) {
        return frequency[row];
    }
    /** Sum of quantity × unit price (NaN when the data has no prices). */
    public double monetary(int row) {
        return monetary[row];
    }
    /** The day recency is measured to. */
    public LocalDate snapshot() {
        return snapshot;
    }
    /** False when the data has no prices: monetary values are NaN. */
    public boolean hasMonetary() {
        return hasMonetary;
    }

    /** The row of {@code customerId}, or -1. Linear in the worst case; build an index for many look-ups. */
    public int rowOf(String customerId) {
        for (int i = 0; i < customerIds.length; i++) {
            if (customerIds[i].equals(customerId)) {
                return i;
            }
        }
        return -1;
    }

    public String[] customerIds() {
        return customerIds.clone();
    }

    public int[] recencies() {
        return recency.clone();
    }

    public int[] frequencies() {
        return frequency.clone();
    }

    public double[] monetaries() {
        return monetary.clone();
    }

    @Override
    public String toString() {
        return "RfmTable[customers=" + size() + ", snapshot=" + snapshot + "]";
    }

    @Override
    protected Object[] state() {
        return new Object[] {snapshot, customerIds, recency, frequency, monetary};
    }
}
