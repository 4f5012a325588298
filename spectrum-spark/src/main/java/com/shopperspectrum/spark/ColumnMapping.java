package com.shopperspectrum.spark;

import com.shopperspectrum.core.data.InvalidInputException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Which header of the input holds which field, by the rules of the embedded reader: an explicit mapping (field to
 * header, as {@code --columns}) when given, else the UCI Online Retail and Online Retail II headers (case, blanks,
 * underscores and a byte order mark ignored). Fields: invoice, product, description, quantity, date, price (unit),
 * amount (line total), customer, country; product, customer and date are required.
 */
final class ColumnMapping {
    static final Set<String> FIELDS =
            Set.of("invoice", "product", "description", "quantity", "date", "price", "amount", "customer", "country");
    private static final Map<String, String> KNOWN = Map.ofEntries(
            Map.entry("invoiceno", "invoice"), Map.entry("invoice", "invoice"),
            Map.entry("stockcode", "product"), Map.entry("description", "description"),
            Map.entry("quantity", "quantity"), Map.entry("invoicedate", "date"),
            Map.entry("unitprice", "price"), Map.entry("price", "price"),
            Map.entry("customerid", "customer"), Map.entry("country", "country"));

    private final Map<String, String> headerOf;

    private ColumnMapping(Map<String, String> headerOf) {
        this.headerOf = headerOf;
    }

    /** Resolves the fields against the input's {@code headers}; fails naming what is missing or unknown. */
    static ColumnMapping resolve(String source, List<String> headers, Map<String, String> explicit) {
        Map<String, String> byField = new LinkedHashMap<>();
        if (explicit.isEmpty()) {
            for (String header : headers) {
                String field = KNOWN.get(normal(header));
                if (field != null) {
                    byField.putIfAbsent(field, header);
                }
            }
        }
        explicit.forEach((field, header) -> {
            String f = field.trim().toLowerCase(Locale.ROOT);
            if (!FIELDS.contains(f)) {
                throw new IllegalArgumentException("--columns: unknown field '" + field + "'; fields are " + FIELDS);
            }
            byField.put(f, findHeader(source, headers, header));
        });
        for (String required : List.of("product", "customer", "date")) {
            if (!byField.containsKey(required)) {
                throw new InvalidInputException(
                        source + ": no column for the field '" + required + "' in header " + headers
                                + "; name it with --columns " + required + "=HEADER",
                        required);
            }
        }
        return new ColumnMapping(byField);
    }

    private static String findHeader(String source, List<String> headers, String wanted) {
        if (headers.contains(wanted)) {
            return wanted;
        }
        for (String h : headers) {
            if (normal(h).equals(normal(wanted))) {
                return h;
            }
        }
        throw new InvalidInputException(
                source + ": --columns names the column '" + wanted + "', which is not in the header " + headers,
                wanted);
    }

    private static String normal(String header) {
        return header.replace("\uFEFF", "").replaceAll("[\\s_]+", "").toLowerCase(Locale.ROOT);
    }

    /** The header holding {@code field}, or null when the input has none. */
    String header(String field) {
        return headerOf.get(field);
    }

    boolean has(String field) {
        return headerOf.containsKey(field);
    }
}
