package com.shopperspectrum.io.read;

import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.io.ReadOptions;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Where each field is in a file's rows: recognised from the header (the two UCI layouts) or given by an
 * explicit mapping from field name to header name. Header names match ignoring case, blanks, underscores and a
 * byte order mark, so {@code Customer ID} matches {@code CustomerID}; two columns whose names match so are an
 * error (which of them is meant cannot be known), empty names excepted.
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
        return of(header, mapping, file, ',');
    }

    /**
     * The layout of a file with this header, split on {@code delimiter} (0 for a sheet), which unknown-layout
     * messages name when it is not a comma.
     */
    static ColumnLayout of(List<String> header, Map<String, String> mapping, String file, char delimiter) {
        checkDistinct(header, file);
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
                file + ": the header " + quoted(header) + splitOn(delimiter) + " is not a known layout (UCI "
                        + "Online Retail or Online Retail II); " + hint(header, delimiter),
                "header");
    }

    private static String splitOn(char delimiter) {
        return delimiter == 0 || delimiter == ',' ? "" : " (split on " + ReadOptions.describe(delimiter) + ")";
    }

    /** What to do about an unknown header: the encoding or delimiter when the header shows it is wrong. */
    private static String hint(List<String> header, char delimiter) {
        String all = String.join(",", header);
        if (all.indexOf('\0') >= 0) {
            return looksWide(all)
                    ? "the header holds NUL characters between its letters, as UTF-16 or UTF-32 text does: give the "
                            + "encoding, e.g. --encoding UTF-16LE (or UTF-16BE, UTF-32LE, UTF-32BE), or save the file "
                            + "as UTF-8"
                    : "the header holds NUL characters: the file does not look like text (CSV, CSV.gz or XLSX)";
        }
        if (delimiter != 0 && header.size() == 1) {
            for (char d : ReadOptions.DELIMITERS.toCharArray()) {
                if (d != delimiter && header.get(0).indexOf(d) >= 0) {
                    return "it is one column holding " + ReadOptions.describe(d) + ": give --delimiter "
                            + (d == '\t' ? "tab" : "'" + d + "'") + " (or leave --delimiter out to detect it)";
                }
            }
        }
        return "map the columns with --columns, e.g. --columns "
                + "customer=household_id,product=product_id,date=ts,quantity=qty,amount=sales_value";
    }

    /** True when {@code text} is ASCII with NULs between its letters: UTF-16 or UTF-32 read as 8-bit text. */
    private static boolean looksWide(String text) {
        long nul = text.chars().filter(c -> c == 0).count();
        boolean printable = text.chars().allMatch(c -> c == 0 || c >= 0x20 && c < 0x7F || c == '\t');
        return printable && nul * 5 >= text.length() * 2L;
    }

    /** Fails when two non-empty header names match (as {@link #indexOf} matches), naming both columns. */
    private static void checkDistinct(List<String> header, String file) {
        Map<String, Integer> seen = new java.util.HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = normal(header.get(i));
            if (name.isEmpty()) {
                continue;
            }
            Integer first = seen.putIfAbsent(name, i);
            if (first != null) {
                String a = header.get(first).replace("\uFEFF", "").trim();
                String b = header.get(i).replace("\uFEFF", "").trim();
                throw new InvalidInputException(
                        file + ": the header names two columns alike: column " + (first + 1) + " '" + a
                                + "' and column " + (i + 1) + " '" + b + "'"
                                + (a.equals(b) ? "" : " (names match ignoring case, blanks and underscores)")
                                + "; rename one of them",
                        "header");
            }
        }
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
        for (Field required : List.of(Field.CUSTOMER, Field.DATE)) {
            if (!columns.containsKey(required)) {
                throw new InvalidInputException(
                        file + ": --columns must map " + required.key() + " (required: "
                                + "customer, date; product for the commands about products); the columns are "
                                + quoted(header),
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

    /** The header's names for a message: quoted, control characters as '?', at most 300 characters in all. */
    private static String quoted(List<String> header) {
        String names = header.stream()
                .map(h -> "'" + h.replace("\uFEFF", "").replaceAll("[\\p{Cntrl}\uFFFD]", "?") + "'")
                .collect(Collectors.joining(", "));
        return names.length() <= 300 ? names : names.substring(0, 300) + "… (" + header.size() + " columns)";
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
