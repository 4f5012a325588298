package com.shopperspectrum.io.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The one CSV writer of the product (RFC 4180, {@code ,} between fields, {@code \n} after each row), used for
 * every CSV it writes: the exports of the CLI and the API, the generator's transactions and the rejects file.
 *
 * <p>Spreadsheets run a cell that starts with {@code =}, {@code +}, {@code -} or {@code @} (and tab or carriage
 * return, which some strip first) as a formula (OWASP "CSV injection"), so such a text cell gets a leading
 * apostrophe. Numbers are left as they are ({@code -5}, {@code +1.5e3}): a spreadsheet reads them as numbers,
 * and files of transactions (with negative quantities) stay readable as transactions.
 */
public final class Csv {
    private static final String FORMULA_START = "=+-@\t\r";
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private Csv() {}

    /** A cell: empty for null, guarded against formulas, quoted (quotes doubled) when it holds , " CR or LF. */
    public static String field(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String v = guarded(value);
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    /** The cells as one row: each through {@link #field}, joined by commas, ending in {@code \n}. */
    public static String row(List<String> cells) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                b.append(',');
            }
            b.append(field(cells.get(i)));
        }
        return b.append('\n').toString();
    }

    /** An amount of money as a plain decimal rounded to 6 places (sums carry float noise: 77183.60000000001). */
    public static String money(double value) {
        return decimal(value);
    }

    /** A number as a plain decimal rounded to 6 places, without trailing zeros (never "-0"). */
    public static String decimal(double value) {
        return BigDecimal.valueOf(value)
                .setScale(6, RoundingMode.HALF_EVEN)
                .stripTrailingZeros()
                .toPlainString();
    }

    private static String guarded(String v) {
        if (FORMULA_START.indexOf(v.charAt(0)) < 0 || NUMBER.matcher(v).matches()) {
            return v;
        }
        return "'" + v;
    }
}
