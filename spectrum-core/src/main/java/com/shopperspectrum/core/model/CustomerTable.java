package com.shopperspectrum.core.model;

import com.shopperspectrum.core.data.ArrayValue;
import com.shopperspectrum.core.rfm.RfmTable;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * The customers of a model: their RFM values (rows in the {@link RfmTable}'s customer-id order) and each
 * customer's main country (where most of their clean rows are; ties: the first seen). Immutable, with a hash
 * index from customer id to row.
 */
public final class CustomerTable extends ArrayValue {
    private final RfmTable rfm;
    private final String[] countries;
    private final Map<String, Integer> rowById;

    public CustomerTable(RfmTable rfm, String[] countries) {
        this.rfm = Objects.requireNonNull(rfm, "rfm");
        if (countries.length != rfm.size()) {
            throw new IllegalArgumentException(
                    "customer countries: " + countries.length + " values for " + rfm.size() + " customers");
        }
        this.countries = countries.clone();
        this.rowById = new HashMap<>(rfm.size() * 4 / 3 + 1);
        for (int i = 0; i < rfm.size(); i++) {
            rowById.put(rfm.customerId(i), i);
        }
    }

    public int size() {
        return rfm.size();
    }

    public RfmTable rfm() {
        return rfm;
    }

    public String id(int row) {
        return rfm.customerId(row);
    }
    /** The main country, or null when unknown. */
    public String country(int row) {
        return countries[row];
    }

    /** The row of a customer id (trimmed), or -1. */
    public int indexOf(String customerId) {
        if (customerId == null) {
            return -1;
        }
        Integer row = rowById.get(customerId.trim());
        return row == null ? -1 : row;
    }

    public String[] countries() {
        return countries.clone();
    }

    @Override
    public String toString() {
        return "CustomerTable[customers=" + size() + ", snapshot=" + rfm.snapshot() + "]";
    }

    @Override
    protected Object[] state() {
        return new Object[] {rfm, countries};
    }
}
