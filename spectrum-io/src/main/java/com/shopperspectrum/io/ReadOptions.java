package com.shopperspectrum.io;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * How to read a transactions file.
 *
 * @param columns      explicit mapping from field name ({@code invoice, product, description, quantity, date,
 *                     price, amount, customer, country}) to the file's header name; empty: recognise the UCI
 *                     layouts from the header. product, customer and date are required; price is a unit price,
 *                     amount a line total (used only when price is not mapped)
 * @param dateFormat   a java.time pattern for the date column, or null to recognise the common ones
 * @param encoding     the text encoding, or null: UTF-8, falling back to ISO-8859-1 with a warning (a UTF-16 or
 *                     UTF-32 byte order mark always decides)
 * @param sheet        the XLSX sheet name, or null for the first sheet
 * @param skipBadRows  count and set aside malformed rows instead of failing on the first
 * @param rejectsFile  where set-aside rows are written (null: no file)
 * @param delimiter    the CSV field delimiter, one of {@link #DELIMITERS}, or null: the one of them the header
 *                     line holds most often (comma when it holds none)
 * @param decimalComma true: numbers are written with a decimal comma ({@code 2,55}, thousands optionally
 *                     grouped with dots: {@code 1.234,56}); false: with a decimal point; null: a decimal point in
 *                     comma-delimited files, otherwise decided by the file's numbers (see docs/data.md)
 */
public record ReadOptions(
        Map<String, String> columns,
        String dateFormat,
        Charset encoding,
        String sheet,
        boolean skipBadRows,
        Path rejectsFile,
        Character delimiter,
        Boolean decimalComma) {
    /** The delimiters a CSV file may use, in the order that breaks a tie when detecting one. */
    public static final String DELIMITERS = ",;\t|";

    public static final ReadOptions DEFAULT = new ReadOptions(Map.of(), null, null, null, false, null);

    public ReadOptions {
        columns = Map.copyOf(Objects.requireNonNull(columns, "columns"));
        if (delimiter != null && DELIMITERS.indexOf(delimiter) < 0) {
            throw new IllegalArgumentException(
                    "--delimiter: " + describe(delimiter) + " is not one of comma, semicolon, tab or pipe");
        }
    }

    /** Options with the delimiter detected and the decimal mark decided as the default says. */
    public ReadOptions(
            Map<String, String> columns,
            String dateFormat,
            Charset encoding,
            String sheet,
            boolean skipBadRows,
            Path rejectsFile) {
        this(columns, dateFormat, encoding, sheet, skipBadRows, rejectsFile, null, null);
    }

    /** A delimiter as messages name it: {@code ';'}, {@code tab}. */
    public static String describe(char delimiter) {
        return switch (delimiter) {
            case '\t' -> "tab";
            case ' ' -> "space";
            default -> delimiter < 0x20 ? String.format("U+%04X", (int) delimiter) : "'" + delimiter + "'";
        };
    }
}
