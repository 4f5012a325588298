package com.shopperspectrum.io;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How to read a transactions file.
 *
 * @param columns     explicit mapping from field name ({@code invoice, product, description, quantity, date,
 *                    price, amount, customer, country}) to the file's header name; empty: recognise the UCI
 *                    layouts from the header. product, customer and date are required; price is a unit price,
 *                    amount a line total (used only when price is not mapped)
 * @param dateFormat  a java.time pattern for the date column, or null to recognise the common ones
 * @param encoding    the text encoding, or null: UTF-8, falling back to ISO-8859-1 with a warning
 * @param sheet       the XLSX sheet name, or null for the first sheet
 * @param skipBadRows count and set aside malformed rows instead of failing on the first
 * @param rejectsFile where set-aside rows are written (null: no file)
 */
public record ReadOptions(
        Map<String, String> columns,
        String dateFormat,
        Charset encoding,
        String sheet,
        boolean skipBadRows,
        Path rejectsFile) {
    public static final ReadOptions DEFAULT = new ReadOptions(Map.of(), null, null, null, false, null);

    public ReadOptions {
        columns = Map.copyOf(Objects.requireNonNull(columns, "columns"));
    }
}
