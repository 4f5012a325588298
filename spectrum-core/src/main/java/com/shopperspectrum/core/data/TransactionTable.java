package com.shopperspectrum.core.data;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.Objects;

/**
 * Transaction lines held column by column: one primitive array per field, strings dictionary-encoded.
 *
 * <p>Row {@code r} is the line {@code (invoice(r), product(r), description(r), quantity(r), time(r),
 * unitPrice(r), customer(r), country(r))}. Missing ids are {@code -1}; a missing unit price is
 * {@code NaN} (and every price is NaN when {@link #hasPrices()} is false: the input had no money column).
 * Times are local wall-clock date-times stored as seconds since 1970-01-01T00:00 (no time zone).
 *
 * <p>Immutable once built: the arrays are never exposed and the dictionaries are not changed afterwards,
 * so a table can be shared across threads. {@link #select(int[])} makes a new table of chosen rows that
 * shares the dictionaries.
 */
public final class TransactionTable {
    private final Dictionary invoices;
    private final Dictionary products;
    private final Dictionary descriptions;
    private final Dictionary customers;
    private final Dictionary countries;
    private final int size;
    private final int[] invoice;
    private final int[] product;
    private final int[] description;
    private final int[] quantity;
    private final double[] unitPrice;
    private final long[] time;
    private final int[] customer;
    private final int[] country;
    private final boolean hasPrices;
    private final boolean hasInvoices;
    private final boolean hasProducts;

    private TransactionTable(Builder b, int[] rows) {
        invoices = b.invoices;
        products = b.products;
        descriptions = b.descriptions;
        customers = b.customers;
        countries = b.countries;
        hasPrices = b.hasPrices;
        hasInvoices = b.hasInvoices;
        hasProducts = b.hasProducts;
        if (rows == null) {
            // shares the builder's arrays unless mostly empty: the builder only appends past this table's rows
            size = b.size;
            boolean trim = (long) size * 8 < (long) b.invoice.length * 7;
            invoice = trim ? Arrays.copyOf(b.invoice, size) : b.invoice;
            product = trim ? Arrays.copyOf(b.product, size) : b.product;
            description = trim ? Arrays.copyOf(b.description, size) : b.description;
            quantity = trim ? Arrays.copyOf(b.quantity, size) : b.quantity;
            unitPrice = trim ? Arrays.copyOf(b.unitPrice, size) : b.unitPrice;
            time = trim ? Arrays.copyOf(b.time, size) : b.time;
            customer = trim ? Arrays.copyOf(b.customer, size) : b.customer;
            country = trim ? Arrays.copyOf(b.country, size) : b.country;
        } else {
            size = rows.length;
            invoice = pick(b.invoice, rows);
            product = pick(b.product, rows);
            description = pick(b.description, rows);
            quantity = pick(b.quantity, rows);
            unitPrice = new double[size];
            time = new long[size];
            for (int i = 0; i < size; i++) {
                unitPrice[i] = b.unitPrice[rows[i]];
                time[i] = b.time[rows[i]];
            }
            customer = pick(b.customer, rows);
            country = pick(b.country, rows);
        }
    }

    private static int[] pick(int[] column, int[] rows) {
        int[] out = new int[rows.length];
        for (int i = 0; i < rows.length; i++) {
            out[i] = column[rows[i]];
        }
        return out;
    }

    public int size() {
        return size;
    }

    public int invoice(int row) {
        return invoice[row];
    }

    public int product(int row) {
        return product[row];
    }

    public int description(int row) {
        return description[row];
    }

    public int quantity(int row) {
        return quantity[row];
    }

    public double unitPrice(int row) {
        return unitPrice[row];
    }
    /** Seconds since 1970-01-01T00:00 of the local date-time. */
    public long time(int row) {
        return time[row];
    }

    public int customer(int row) {
        return customer[row];
    }

    public int country(int row) {
        return country[row];
    }

    /** Quantity × unit price of a row (NaN when the input has no prices). */
    public double amount(int row) {
        return quantity[row] * unitPrice[row];
    }

    /** Days since 1970-01-01 of the row's local date. */
    public int day(int row) {
        return (int) Math.floorDiv(time[row], 86_400L);
    }

    public LocalDateTime dateTime(int row) {
        return toDateTime(time[row]);
    }

    public String invoiceId(int row) {
        return invoices.get(invoice[row]);
    }

    public String stockCode(int row) {
        return products.get(product[row]);
    }

    public String descriptionText(int row) {
        return description[row] < 0 ? null : descriptions.get(description[row]);
    }

    public String customerId(int row) {
        return customer[row] < 0 ? null : customers.get(customer[row]);
    }

    public String countryName(int row) {
        return country[row] < 0 ? null : countries.get(country[row]);
    }

    public Dictionary invoices() {
        return invoices;
    }

    public Dictionary products() {
        return products;
    }

    public Dictionary descriptions() {
        return descriptions;
    }

    public Dictionary customers() {
        return customers;
    }

    public Dictionary countries() {
        return countries;
    }

    /** False when the input had neither a unit price nor a line amount: money figures are unavailable. */
    public boolean hasPrices() {
        return hasPrices;
    }

    /** False when the input had no invoice column and invoices were formed as one customer's day. */
    public boolean hasInvoices() {
        return hasInvoices;
    }

    /**
     * False when the input had no product column: every row then carries the one placeholder code
     * {@link #NO_PRODUCT}, which no output that names products may show (they say products are not in the data).
     */
    public boolean hasProducts() {
        return hasProducts;
    }

    /** The stock code every row carries when the input has no product column ({@link #hasProducts()} false). */
    public static final String NO_PRODUCT = "(no product)";

    /** A table of the given rows, in the given order, sharing this table's dictionaries. */
    public TransactionTable select(int[] rows) {
        Objects.requireNonNull(rows, "rows");
        for (int r : rows) {
            Objects.checkIndex(r, size);
        }
        return new TransactionTable(asBuilder(), rows);
    }

    private Builder asBuilder() {
        Builder b = new Builder(invoices, products, descriptions, customers, countries, hasPrices, hasInvoices);
        b.hasProducts = hasProducts;
        b.size = size;
        b.invoice = invoice;
        b.product = product;
        b.description = description;
        b.quantity = quantity;
        b.unitPrice = unitPrice;
        b.time = time;
        b.customer = customer;
        b.country = country;
        return b;
    }

    public static long toSeconds(LocalDateTime dateTime) {
        return dateTime.toEpochSecond(ZoneOffset.UTC);
    }

    public static LocalDateTime toDateTime(long seconds) {
        return LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
    }

    public static Builder builder() {
        return new Builder(
                new Dictionary(), new Dictionary(), new Dictionary(), new Dictionary(), new Dictionary(), true, true);
    }

    /**
     * Appends rows (growing arrays by half) and interns strings. Not thread-safe. {@link #build()} shares its
     * arrays with the table when they are at least 7/8 full (else copies the rows): the builder only ever
     * writes past the rows it has, so it may go on and the table stays unchanged, and a large table does not
     * need twice its memory at the end of reading. {@link #expectRows(long)} lets a reader that can
     * estimate the row count size the arrays once instead of growing them step by step.
     */
    /** A builder's five dictionaries, for readers that pool strings into them ({@link Builder#addIds}). */
    public record Dictionaries(
            Dictionary invoices,
            Dictionary products,
            Dictionary descriptions,
            Dictionary customers,
            Dictionary countries) {}

    public static final class Builder {
        private final Dictionary invoices;
        private final Dictionary products;
        private final Dictionary descriptions;
        private final Dictionary customers;
        private final Dictionary countries;
        private boolean hasPrices;
        private boolean hasInvoices;
        private boolean hasProducts = true;
        private int size;
        private int[] invoice = new int[1024];
        private int[] product = new int[1024];
        private int[] description = new int[1024];
        private int[] quantity = new int[1024];
        private double[] unitPrice = new double[1024];
        private long[] time = new long[1024];
        private int[] customer = new int[1024];
        private int[] country = new int[1024];

        private Builder(
                Dictionary invoices,
                Dictionary products,
                Dictionary descriptions,
                Dictionary customers,
                Dictionary countries,
                boolean hasPrices,
                boolean hasInvoices) {
            this.invoices = invoices;
            this.products = products;
            this.descriptions = descriptions;
            this.customers = customers;
            this.countries = countries;
            this.hasPrices = hasPrices;
            this.hasInvoices = hasInvoices;
        }

        public Builder hasPrices(boolean value) {
            hasPrices = value;
            return this;
        }

        public Builder hasInvoices(boolean value) {
            hasInvoices = value;
            return this;
        }

        /** Marks the table as read from an input without a product column (see {@link #hasProducts()}). */
        public Builder hasProducts(boolean value) {
            hasProducts = value;
            return this;
        }

        /**
         * Appends a row of already-normalised values. {@code description}, {@code customer} and
         * {@code country} may be null (missing); {@code unitPrice} may be NaN (missing).
         */
        public Builder add(
                String invoiceId,
                String stockCode,
                String descriptionText,
                int qty,
                long seconds,
                double price,
                String customerId,
                String countryName) {
            Objects.requireNonNull(invoiceId, "invoiceId");
            Objects.requireNonNull(stockCode, "stockCode");
            ensureCapacity();
            invoice[size] = invoices.intern(invoiceId);
            product[size] = products.intern(stockCode);
            description[size] = descriptionText == null ? -1 : descriptions.intern(descriptionText);
            quantity[size] = qty;
            unitPrice[size] = price;
            time[size] = seconds;
            customer[size] = customerId == null ? -1 : customers.intern(customerId);
            country[size] = countryName == null ? -1 : countries.intern(countryName);
            size++;
            return this;
        }

        /**
         * Appends a row given by ids of this builder's dictionaries ({@link #dictionaries()}), for readers that
         * pool their strings and intern each distinct value once instead of hashing every row's strings again.
         * {@code descriptionId}, {@code customerId} and {@code countryId} may be -1 (missing).
         *
         * @throws IllegalArgumentException when an id is not in its dictionary
         */
        public Builder addIds(
                int invoiceId,
                int productId,
                int descriptionId,
                int qty,
                long seconds,
                double price,
                int customerId,
                int countryId) {
            check("invoice", invoiceId, invoices, false);
            check("product", productId, products, false);
            check("description", descriptionId, descriptions, true);
            check("customer", customerId, customers, true);
            check("country", countryId, countries, true);
            ensureCapacity();
            invoice[size] = invoiceId;
            product[size] = productId;
            description[size] = descriptionId;
            quantity[size] = qty;
            unitPrice[size] = price;
            time[size] = seconds;
            customer[size] = customerId;
            country[size] = countryId;
            size++;
            return this;
        }

        private static void check(String field, int id, Dictionary dictionary, boolean optional) {
            if (id >= dictionary.size() || id < (optional ? -1 : 0)) {
                throw new IllegalArgumentException(
                        field + " id " + id + " not in [" + (optional ? -1 : 0) + ", " + dictionary.size() + ")");
            }
        }

        /** The dictionaries the builder's rows refer to (shared with the tables it builds). */
        public Dictionaries dictionaries() {
            return new Dictionaries(invoices, products, descriptions, customers, countries);
        }

        /** Convenience for tests and generators. */
        public Builder add(
                String invoiceId,
                String stockCode,
                String descriptionText,
                int qty,
                LocalDateTime at,
                double price,
                String customerId,
                String countryName) {
            return add(invoiceId, stockCode, descriptionText, qty, toSeconds(at), price, customerId, countryName);
        }

        public int size() {
            return size;
        }

        /**
         * Sizes the arrays for {@code rows} rows in all (a hint: more rows still fit, growing as usual; a
         * smaller hint than the current capacity does nothing).
         */
        public Builder expectRows(long rows) {
            if (rows > invoice.length) {
                resize((int) Math.min(rows, Integer.MAX_VALUE - 16));
            }
            return this;
        }

        private void ensureCapacity() {
            if (size < invoice.length) {
                return;
            }
            resize((int) Math.min(invoice.length + (invoice.length >> 1) + 16L, Integer.MAX_VALUE - 16));
        }

        private void resize(int n) {
            if (n <= size) {
                throw new IllegalStateException("a table holds at most " + (Integer.MAX_VALUE - 16) + " rows");
            }
            invoice = Arrays.copyOf(invoice, n);
            product = Arrays.copyOf(product, n);
            description = Arrays.copyOf(description, n);
            quantity = Arrays.copyOf(quantity, n);
            unitPrice = Arrays.copyOf(unitPrice, n);
            time = Arrays.copyOf(time, n);
            customer = Arrays.copyOf(customer, n);
            country = Arrays.copyOf(country, n);
        }

        public TransactionTable build() {
            return new TransactionTable(this, null);
        }
    }
}
