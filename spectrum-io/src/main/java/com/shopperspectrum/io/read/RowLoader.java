package com.shopperspectrum.io.read;

import com.shopperspectrum.core.data.TransactionTable;
import com.shopperspectrum.io.read.ColumnLayout.Field;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/**
 * Normalises one row's fields and appends them to the table builder, or rejects the row whole with a
 * {@link BadValueException}. Stock codes are trimmed and upper-cased; descriptions, invoices and countries
 * trimmed; customer ids lose a {@code .0} suffix; empty text is missing. Without an invoice column an invoice
 * is one customer's purchases on one calendar day; without a quantity column every quantity is 1; with an
 * amount (line total) but no unit price, the unit price is amount / quantity. Text is pooled per column and
 * handed to the builder as dictionary ids (see {@link PooledColumn}).
 *
 * <p>Rejected: an id (invoice, stock code, customer) holding a control character (U+0000–U+001F, U+007F; a NUL
 * would otherwise make a customer of its own); a unit price, amount or line total (quantity × unit price)
 * beyond ±{@link #MAX_AMOUNT}, which also keeps every sum of up to 2<sup>31</sup> lines finite; a quantity
 * beyond the int range.
 */
final class RowLoader {
    /**
     * The largest unit price, amount or line total read: a quadrillion, beyond any retail figure in any currency
     * and where a double still holds cents to within a tenth.
     */
    static final double MAX_AMOUNT = 1e15;

    private final ColumnLayout layout;
    /** The pool id of {@link TransactionTable#NO_PRODUCT} when the layout has no product column, else -1. */
    private final int noProduct;

    private final DecimalMark marks;
    private final DateParser dates;
    private final TransactionTable.Builder builder;
    private final int width;
    private final int invoice;
    private final int product;
    private final int description;
    private final int quantity;
    private final int date;
    private final int price;
    private final int amount;
    private final int customer;
    private final int country;
    private final PooledColumn invoices;
    private final PooledColumn products;
    private final PooledColumn descriptions;
    private final PooledColumn customers;
    private final PooledColumn countries;
    private byte[] upper = new byte[64];
    private int[] descriptionOfProduct = new int[1024];
    private int dayCustomer = -2;
    private long dayNumber = Long.MIN_VALUE;
    private int dayInvoice;

    RowLoader(ColumnLayout layout, DateParser dates, TransactionTable.Builder builder) {
        this(layout, dates, DecimalMark.point(), builder);
    }

    RowLoader(ColumnLayout layout, DateParser dates, DecimalMark marks, TransactionTable.Builder builder) {
        this.layout = layout;
        this.marks = marks;
        this.dates = dates;
        this.builder = builder;
        this.width = layout.header().size();
        invoice = layout.column(Field.INVOICE);
        product = layout.column(Field.PRODUCT);
        description = layout.column(Field.DESCRIPTION);
        quantity = layout.column(Field.QUANTITY);
        date = layout.column(Field.DATE);
        price = layout.column(Field.PRICE);
        amount = layout.column(Field.AMOUNT);
        customer = layout.column(Field.CUSTOMER);
        country = layout.column(Field.COUNTRY);
        TransactionTable.Dictionaries pools = builder.dictionaries();
        invoices = new PooledColumn(pools.invoices());
        products = new PooledColumn(pools.products());
        descriptions = new PooledColumn(pools.descriptions());
        customers = new PooledColumn(pools.customers());
        countries = new PooledColumn(pools.countries());
        builder.hasInvoices(invoice >= 0);
        builder.hasProducts(product >= 0);
        byte[] none = TransactionTable.NO_PRODUCT.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        noProduct = product >= 0 ? -1 : products.pool().id(none, 0, none.length);
        builder.hasPrices(price >= 0 || amount >= 0);
    }

    void load(FieldBuffer row) throws BadValueException {
        if (row.count() != width) {
            throw new BadValueException(
                    -1,
                    row.count() + (row.count() == 1 ? " field" : " fields") + ", expected " + width
                            + " as in the header");
        }
        int productId = product < 0 ? noProduct : stockCode(row);
        int qty = quantity < 0 ? 1 : quantity(row);
        long seconds = dates.seconds(row, date);
        double unitPrice = unitPrice(row, qty);
        int customerId = customerId(row);
        int invoiceId = invoice < 0 ? dayInvoice(customerId, seconds) : required(row, invoice, invoices.pool());
        int descriptionId = description(row, productId);
        int countryId = optional(row, country, countries.pool());
        builder.addIds(
                invoices.tableId(invoiceId),
                products.tableId(productId),
                descriptions.tableId(descriptionId),
                qty,
                seconds,
                unitPrice,
                customers.tableId(customerId),
                countries.tableId(countryId));
    }

    /** The pool id of the row's stock code, trimmed and upper-cased. */
    private int stockCode(FieldBuffer row) throws BadValueException {
        byte[] c = row.bytes();
        int to = Utf8.trimEnd(c, row.start(product), row.end(product));
        int from = Utf8.trimStart(c, row.start(product), to);
        int n = to - from;
        if (n == 0) {
            throw new BadValueException(product, "empty value; a product code is required");
        }
        if (upper.length < n) {
            upper = new byte[n * 2];
        }
        for (int i = 0; i < n; i++) {
            byte ch = c[from + i];
            if (ch < 0x20 || ch == 0x7F) {
                if (ch >= 0 || ch == 0x7F) {
                    throw controlCharacter(row, product, from + i);
                }
                return nonAsciiStockCode(row, c, from, to);
            }
            upper[i] = ch >= 'a' && ch <= 'z' ? (byte) (ch - 32) : ch;
        }
        return products.pool().id(upper, 0, n);
    }

    /** A stock code with non-ASCII letters, upper-cased one UTF-16 character at a time as the ASCII ones. */
    private int nonAsciiStockCode(FieldBuffer row, byte[] c, int from, int to) throws BadValueException {
        int control = Utf8.control(c, from, to);
        if (control >= 0) {
            throw controlCharacter(row, product, control);
        }
        char[] chars = Utf8.string(c, from, to).toCharArray();
        for (int i = 0; i < chars.length; i++) {
            chars[i] = Character.toUpperCase(chars[i]);
        }
        byte[] utf8 = new String(chars).getBytes(StandardCharsets.UTF_8);
        return products.pool().id(utf8, 0, utf8.length);
    }

    /**
     * The pool id of the trimmed description, or -1. A product's rows nearly always repeat its description, so
     * the one last seen with the product is compared first (a vectorised compare instead of hashing the text).
     */
    private int description(FieldBuffer row, int productId) {
        if (description < 0) {
            return -1;
        }
        byte[] c = row.bytes();
        int to = Utf8.trimEnd(c, row.start(description), row.end(description));
        int from = Utf8.trimStart(c, row.start(description), to);
        if (from == to) {
            return -1;
        }
        if (productId >= descriptionOfProduct.length) {
            int old = descriptionOfProduct.length;
            descriptionOfProduct = java.util.Arrays.copyOf(descriptionOfProduct, Math.max(old * 2, productId + 1));
            java.util.Arrays.fill(descriptionOfProduct, old, descriptionOfProduct.length, 0);
        }
        int hint = descriptionOfProduct[productId] - 1;
        if (hint >= 0 && descriptions.pool().matches(hint, c, from, to)) {
            return hint;
        }
        int id = descriptions.pool().id(c, from, to);
        descriptionOfProduct[productId] = id + 1;
        return id;
    }

    private int quantity(FieldBuffer row) throws BadValueException {
        byte[] c = row.bytes();
        int from = row.start(quantity);
        int to = row.end(quantity);
        long q = marks.isPoint() ? NumberParser.parseWhole(c, from, to) : marks.parseWhole(c, from, to, row.line());
        if (q == NumberParser.NOT_WHOLE) {
            String text = row.text(quantity);
            throw new BadValueException(
                    quantity,
                    BadValueException.quoted(text) + " is "
                            + (NumberParser.isWholeText(text)
                                    ? "beyond the range of a quantity (-2,147,483,648 to 2,147,483,647)"
                                    : "not a whole number" + marks.explain(text)));
        }
        return (int) q;
    }

    private double unitPrice(FieldBuffer row, int qty) throws BadValueException {
        int column = price >= 0 ? price : amount;
        if (column < 0 || isBlank(row, column)) {
            return Double.NaN;
        }
        byte[] c = row.bytes();
        int from = row.start(column);
        int to = row.end(column);
        double value =
                marks.isPoint() ? NumberParser.parseDecimal(c, from, to) : marks.parseDecimal(c, from, to, row.line());
        if (!(Math.abs(value) <= MAX_AMOUNT)) {
            throw badAmount(row, column, value);
        }
        if (price < 0) {
            return qty == 0 ? Double.NaN : value / qty;
        }
        if (!(Math.abs(qty * value) <= MAX_AMOUNT)) {
            throw new BadValueException(
                    column,
                    BadValueException.quoted(row.text(column).trim()) + " makes a line total of " + qty + " × "
                            + row.text(column).trim() + ", beyond ±1e15, the largest amount read");
        }
        return value;
    }

    private BadValueException badAmount(FieldBuffer row, int column, double value) {
        String text = row.text(column);
        if (Double.isNaN(value)) {
            return new BadValueException(
                    column, BadValueException.quoted(text) + " is not a number" + marks.explain(text));
        }
        return new BadValueException(
                column,
                BadValueException.quoted(text.trim()) + " is beyond ±1e15, the largest "
                        + (column == price ? "price" : "amount") + " read");
    }

    private BadValueException controlCharacter(FieldBuffer row, int column, int at) {
        String text = row.text(column);
        int c = row.bytes()[at];
        return new BadValueException(
                column,
                String.format(
                        "%s holds the control character U+%04X at character %d; ids may not hold control characters",
                        BadValueException.quoted(text),
                        c,
                        Utf8.string(row.bytes(), row.start(column), at).length() + 1));
    }

    /** The pool id of the customer, or -1; ids written by spreadsheets as {@code 17850.0} lose the {@code .0}. */
    private int customerId(FieldBuffer row) throws BadValueException {
        byte[] c = row.bytes();
        int to = Utf8.trimEnd(c, row.start(customer), row.end(customer));
        int from = Utf8.trimStart(c, row.start(customer), to);
        int control = Utf8.control(c, from, to);
        if (control >= 0) {
            throw controlCharacter(row, customer, control);
        }
        int dot = to;
        while (dot > from && c[dot - 1] == '0') dot--;
        if (dot > from + 1 && c[dot - 1] == '.' && allDigits(c, from, dot - 1)) {
            to = dot - 1;
        }
        return from == to ? -1 : customers.pool().id(c, from, to);
    }

    private int dayInvoice(int customerId, long seconds) {
        long day = Math.floorDiv(seconds, 86_400L);
        if (day != dayNumber || customerId != dayCustomer) {
            dayNumber = day;
            dayCustomer = customerId;
            String who = customerId < 0 ? "-" : customers.pool().value(customerId);
            String key = who + "/" + LocalDate.ofEpochDay(day);
            byte[] utf8 = key.getBytes(StandardCharsets.UTF_8);
            dayInvoice = invoices.pool().id(utf8, 0, utf8.length);
        }
        return dayInvoice;
    }

    /** The pool id of the trimmed id text, which may not be empty or hold a control character. */
    private int required(FieldBuffer row, int column, StringPool pool) throws BadValueException {
        byte[] c = row.bytes();
        int to = Utf8.trimEnd(c, row.start(column), row.end(column));
        int from = Utf8.trimStart(c, row.start(column), to);
        if (from == to) {
            throw new BadValueException(column, "empty value; a " + layout.columnName(column) + " is required");
        }
        int control = Utf8.control(c, from, to);
        if (control >= 0) {
            throw controlCharacter(row, column, control);
        }
        return pool.id(c, from, to);
    }

    /** The pool id of the trimmed text, or -1 when the column is absent or the text empty. */
    private static int optional(FieldBuffer row, int column, StringPool pool) {
        if (column < 0) {
            return -1;
        }
        byte[] c = row.bytes();
        int to = Utf8.trimEnd(c, row.start(column), row.end(column));
        int from = Utf8.trimStart(c, row.start(column), to);
        return from == to ? -1 : pool.id(c, from, to);
    }

    private static boolean isBlank(FieldBuffer row, int column) {
        return Utf8.trimEnd(row.bytes(), row.start(column), row.end(column)) == row.start(column);
    }

    private static boolean allDigits(byte[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] < '0' || c[i] > '9') return false;
        }
        return true;
    }
}
