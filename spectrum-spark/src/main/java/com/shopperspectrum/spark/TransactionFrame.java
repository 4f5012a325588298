package com.shopperspectrum.spark;

import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * Transaction lines as a Spark DataFrame with normalised columns, the Spark counterpart of
 * {@code core.data.TransactionTable}: {@value #INVOICE}, {@value #STOCK_CODE}, {@value #DESCRIPTION} (null when
 * missing), {@value #QUANTITY} (int), {@value #SECONDS} (long: seconds since 1970-01-01T00:00 of the local
 * date-time, no time zone), {@value #DAY} (int: days since 1970-01-01), {@value #UNIT_PRICE} (double, NaN when the
 * input has no prices), {@value #PRICE_EXACT} (decimal: the price as written, for exact sums), {@value #CUSTOMER}
 * (null when missing), {@value #COUNTRY} and {@value #LINE} (long: increasing in file order, for "first seen"
 * tie-breaks as the embedded engine's dictionaries make them); the reader's frame also carries a flag of the
 * read check after those.
 *
 * @param rows        the lines
 * @param source      where they were read from, for messages
 * @param hasPrices   false when the input had neither a unit price nor a line amount
 * @param hasInvoices false when the input had no invoice column and invoices are one customer's day
 */
public record TransactionFrame(Dataset<Row> rows, String source, boolean hasPrices, boolean hasInvoices) {
    public static final String INVOICE = "invoice";
    public static final String STOCK_CODE = "stock_code";
    public static final String DESCRIPTION = "description";
    public static final String QUANTITY = "quantity";
    public static final String SECONDS = "seconds";
    public static final String DAY = "day";
    public static final String UNIT_PRICE = "unit_price";
    public static final String PRICE_EXACT = "price_exact";
    public static final String CUSTOMER = "customer";
    public static final String COUNTRY = "country";
    public static final String LINE = "line";

    /** The columns that make a line; two lines equal in all of them are exact duplicates. */
    static final String[] LINE_COLUMNS = {
        INVOICE, STOCK_CODE, DESCRIPTION, QUANTITY, SECONDS, UNIT_PRICE, CUSTOMER, COUNTRY
    };

    public TransactionFrame {
        Objects.requireNonNull(rows, "rows");
        Objects.requireNonNull(source, "source");
    }

    /** The same frame with other rows (a filter or a cached copy). */
    public TransactionFrame withRows(Dataset<Row> other) {
        return new TransactionFrame(other, source, hasPrices, hasInvoices);
    }
}
