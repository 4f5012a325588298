package com.shopperspectrum.cli;

import com.shopperspectrum.io.ReadOptions;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options that say how to read a transactions file; mixed into every command that reads one. */
public final class InputOptions {
    @Option(
            names = "--columns",
            split = ",",
            paramLabel = "FIELD=HEADER",
            description = "Column mapping for other layouts, e.g. customer=household_id,product=product_id,"
                    + "invoice=basket_id,date=ts,quantity=qty,amount=sales_value. Fields: invoice, product, "
                    + "description, quantity, date, price (unit), amount (line total), customer, country. customer and date are "
                    + "required; product too, except for profile, segment, clv, cohorts, migration and train.")
    Map<String, String> columns = new LinkedHashMap<>();

    @Option(
            names = "--date-format",
            paramLabel = "PATTERN",
            description = "java.time pattern of the date column, e.g. dd-MM-yyyy (default: recognise "
                    + "yyyy-MM-dd HH:mm[:ss], M/d/yyyy H:mm and date-only values).")
    String dateFormat;

    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            description = "Text encoding, e.g. UTF-8 or ISO-8859-1 (default: UTF-8, falling back to "
                    + "ISO-8859-1 with a warning).")
    String encoding;

    @Option(names = "--sheet", paramLabel = "NAME", description = "XLSX sheet to read (default: the first).")
    String sheet;

    @Option(
            names = "--delimiter",
            paramLabel = "CHAR",
            description = "CSV field delimiter: ',' ';' '|' or tab (also: comma, semicolon, pipe, tab) (default: the "
                    + "one of these the header line holds most often, comma when it holds none).")
    String delimiter;

    @Option(
            names = "--decimal-comma",
            negatable = true,
            description = "Numbers have a decimal comma (2,55; dots may group thousands: 1.234,56); "
                    + "--no-decimal-comma: a decimal point (default: a point in comma-delimited files, otherwise "
                    + "decided by the first number that shows a mark, e.g. 2,55 or 2.55).")
    Boolean decimalComma;

    @Option(
            names = "--skip-bad-rows",
            description = "Count malformed rows and write them to a rejects file instead of stopping at the first.")
    boolean skipBadRows;

    /**
     * Fails before reading when --columns is given without a product column and {@code command} is about
     * products (profile, segment, clv and train do without one).
     */
    void requireProduct(String command) {
        if (!columns.isEmpty()
                && columns.keySet().stream().noneMatch(k -> k.trim().equalsIgnoreCase("product"))) {
            throw new IllegalArgumentException(
                    "--columns maps no product column, and " + command + " is about "
                            + "products: add product=HEADER (profile, segment, clv, cohorts, migration and train work without one)");
        }
    }

    /** The read options, with rejects written to {@code rejectsFile} when bad rows are skipped. */
    public ReadOptions toReadOptions(Path rejectsFile) {
        return new ReadOptions(
                columns,
                dateFormat,
                charset(),
                sheet,
                skipBadRows,
                skipBadRows ? rejectsFile : null,
                delimiter(),
                decimalComma);
    }

    /** The --delimiter character: the character itself, or its name. */
    private Character delimiter() {
        if (delimiter == null) {
            return null;
        }
        String d = delimiter.toLowerCase(java.util.Locale.ROOT);
        return switch (d) {
            case "comma", "," -> ',';
            case "semicolon", ";" -> ';';
            case "tab", "\\t", "\t" -> '\t';
            case "pipe", "|" -> '|';
            default ->
                throw new IllegalArgumentException("--delimiter: '" + delimiter
                        + "' is not one of ',' ';' '|' or tab (comma, semicolon, pipe, tab)");
        };
    }

    private Charset charset() {
        if (encoding == null) {
            return null;
        }
        try {
            return Charset.forName(encoding);
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            throw new IllegalArgumentException("--encoding: unknown charset '" + encoding + "'");
        }
    }
}
