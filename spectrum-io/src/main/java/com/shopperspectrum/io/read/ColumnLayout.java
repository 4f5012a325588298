package com.shopperspectrum.io.read;

import com.shopperspectrum.core.data.InvalidInputException;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each field is in a file's rows: recognised from the header (the two UCI layouts) or given by an
 * explicit mapping from field name to header name. Header names match ignoring case, blanks and a byte
 * order mark, so {@code Customer ID} matches {@code CustomerID}.
 */
final class ColumnLayout {
    /** The fields a row can carry, by their mapping names. */
    enum Field {
        INVOICE,
        PRODUCT,
        DESCRIPTION,
        QUANTITY,
        DATE,
        PRICE,
        AMOUNT,
        CUSTOMER,
        COUNTRY;

        String key() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final List<Map.Entry<String, Map<Field, String>>> KNOWN = List.of(
            Map.entry("uci-online-retail", uci("InvoiceNo", "UnitPrice", "CustomerID")),
            Map.entry("uci-online-retail-ii", uci("Invoice", "Price", "Customer ID")));

    private final String name;
    private final List<String> header;
    private final int[] index = new int[Field.values().length];

    private ColumnLayout(String name, List<String> header, Map<Field, Integer> columns) {
        this.name = name;
        this.header = List.copyOf(header);
        Arrays.fill(index, -1);
        columns.forEach((field, column) -> index[field.ordinal()] = column);
    }

    private static Map<Field, String> uci(String invoice, String price, String customer) {
        Map<Field, String> m = new EnumMap<>(Field.class);
        m.put(Field.INVOICE, invoice);
        m.put(Field.PRODUCT, "StockCode");
        m.put(Field.DESCRIPTION, "Description");
        m.put(Field.QUANTITY, "Quantity");
        m.put(Field.DATE, "InvoiceDate");
        m.put(Field.PRICE, price);
        m.put(Field.CUSTOMER, customer);
        m.put(Field.COUNTRY, "Country");
        return m;
    }

    /**
     * The layout of a file with this header: the explicit {@code mapping} when not empty, else a recognised
     * UCI layout.
     */
    static ColumnLayout of(List<String> header, Map<String, String> mapping, String file) {
        if (!mapping.isEmpty()) {
            return mapped(header, mapping, file);
        }
        for (Map.Entry<String, Map<Field, String>> known : KNOWN) {
            Map<Field, Integer> columns = find(header, known.getValue());
            if (columns != null) {
                return new ColumnLayout(known.getKey(), header, columns);
            }
        }
        throw new InvalidInputException(
                file + ": the header " + quoted(header) + " is not a known layout (UCI "
                        + "Online Retail or Online Retail II); map the columns with --columns, e.g. --columns "
                        + "customer=household_id,product=product_id,date=ts,quantity=qty,amount=sales_value",
                "header");
    }

    private static Map<Field, Integer> find(List<String> header, Map<Field, String> names) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (Map.Entry<Field, String> e : names.entrySet()) {
            int column = indexOf(header, e.getValue());
            if (column < 0) {
                return null;
            }
            columns.put(e.getKey(), column);
        }
        return columns;
    }

    private static ColumnLayout mapped(List<String> header, Map<String, String> mapping, String file) {
        Map<Field, Integer> columns = new EnumMap<>(Field.class);
        for (Map.Entry<String, String> e : mapping.entrySet()) {
            Field field = field(e.getKey());
            int column = indexOf(header, e.getValue());
            if (column < 0) {
                throw new InvalidInputException(
                        file + ": --columns " + e.getKey() + "=" + e.getValue() + ": no column '" + e.getValue()
                                + "' in the header; the columns are " + quoted(header),
                        e.getKey());
            }
            columns.put(field, column);
        }
        for (Field required : List.of(Field.PRODUCT, Field.CUSTOMER, Field.DATE)) {
            if (!columns.containsKey(required)) {
                throw new InvalidInputException(
                        file + ": --columns must map " + required.key() + " (required: "
                                + "product, customer, date); the columns are " + quoted(header),
                        required.key());
            }
        }
        return new ColumnLayout("mapped", header, columns);
    }

    private static Field field(String key) {
        for (Field f : Field.values()) {
            if (f.key().equals(key.trim().toLowerCase(Locale.ROOT))) {
                return f;
            }
        }
        throw new InvalidInputException(
                "--columns: unknown field '" + key + "'; the fields are "
                        + Arrays.stream(Field.values()).map(Field::key).collect(Collectors.joining(", ")),
                key);
    }

    private static int indexOf(List<String> header, String name) {
        int exact = header.indexOf(name);
        if (exact >= 0) {
            return exact;
        }
        String wanted = normal(name);
        for (int i = 0; i < header.size(); i++) {
            if (normal(header.get(i)).equals(wanted)) {
                return i;
            }
        }
        return -1;
    }

    private static String normal(String name) {
        return name.replace("\uFEFF", "").replaceAll("[\\s_]+", "").toLowerCase(Locale.ROOT);
    }

    private static String quoted(List<String> header) {
        return header.stream().map(h -> "'" + h.replace("\uFEFF", "") + "'").collect(Collectors.joining(", "));
    }

    String name() {
        return name;
    }

    List<String> header() {
        return header;
    }

    /** The column of {@code field}, or -1 when the file does not have it. */
    int column(Field field) {
        return index[field.ordinal()];
    }

    boolean has(Field field) {
        return index[field.ordinal()] >= 0;
    }

    /** The header name of a column, for messages. */
    String columnName(int column) {
        return column >= 0 && column < header.size()
                ? header.get(column).replace("\uFEFF", "").trim()
                : "#" + (column + 1);
    }
}
