package com.shopperspectrum.io.read;

/**
 * Parses numbers straight from a range of (UTF-8) bytes, without building a String or using a regex.
 *
 * <p>Decimals with at most 15 significant digits and no exponent take Clinger's fast path: the digits form
 * an exact integer below 2<sup>53</sup> and are divided by an exact power of ten, which IEEE 754 rounds
 * correctly (W. D. Clinger, "How to read floating point numbers accurately", PLDI 1990). Everything else
 * goes through {@link Double#parseDouble}, so results always equal {@code Double.parseDouble(text)}.
 */
final class NumberParser {
    /** Returned by {@link #parseWhole} when the text is not a whole number in int range. */
    static final long NOT_WHOLE = Long.MIN_VALUE;

    private static final double[] POW10 = new double[23];

    static {
        double p = 1;
        for (int i = 0; i < POW10.length; i++) {
            POW10[i] = p;
            p *= 10;
        }
    }

    private NumberParser() {}

    /**
     * A whole number such as {@code 6}, {@code -12} or {@code 6.0} (a fraction of zeros is accepted), in int
     * range; {@link #NOT_WHOLE} otherwise. Surrounding blanks are ignored.
     */
    static long parseWhole(byte[] c, int from, int to) {
        while (from < to && c[from] == ' ') from++;
        while (to > from && c[to - 1] == ' ') to--;
        if (from == to) return NOT_WHOLE;
        boolean negative = c[from] == '-';
        int i = negative || c[from] == '+' ? from + 1 : from;
        if (i == to) return NOT_WHOLE;
        long value = 0;
        int digits = 0;
        for (; i < to && c[i] != '.'; i++) {
            int d = c[i] - '0';
            if (d < 0 || d > 9 || ++digits > 10) return NOT_WHOLE;
            value = value * 10 + d;
        }
        if (i < to) {
            if (digits == 0 || i + 1 == to) return NOT_WHOLE;
            for (i++; i < to; i++) {
                if (c[i] != '0') return NOT_WHOLE;
            }
        }
        value = negative ? -value : value;
        return value < Integer.MIN_VALUE || value > Integer.MAX_VALUE ? NOT_WHOLE : value;
    }

    /** True when {@code text} is written as a whole number (digits, a sign, a fraction of zeros), whatever its size. */
    static boolean isWholeText(String text) {
        return text.trim().matches("[+-]?[0-9]+(\\.0*)?");
    }

    /** A decimal number such as {@code 2.55}, {@code -11062.06} or {@code 1e3}; NaN when it is not one. */
    static double parseDecimal(byte[] c, int from, int to) {
        while (from < to && c[from] == ' ') from++;
        while (to > from && c[to - 1] == ' ') to--;
        if (from == to) return Double.NaN;
        boolean negative = c[from] == '-';
        int i = negative || c[from] == '+' ? from + 1 : from;
        long mantissa = 0;
        int digits = 0;
        int fraction = -1;
        for (; i < to; i++) {
            byte ch = c[i];
            if (ch >= '0' && ch <= '9') {
                mantissa = mantissa * 10 + (ch - '0');
                if (mantissa != 0) digits++;
                if (fraction >= 0) fraction++;
            } else if (ch == '.' && fraction < 0) {
                fraction = 0;
            } else {
                return slowPath(c, from, to);
            }
        }
        int intDigitsSeen = i - from - (negative || c[from] == '+' ? 1 : 0) - (fraction >= 0 ? 1 : 0);
        if (intDigitsSeen <= 0) return Double.NaN;
        if (digits > 15 || fraction >= POW10.length) return slowPath(c, from, to);
        double value = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
        return negative ? -value : value;
    }

    private static double slowPath(byte[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            byte ch = c[i];
            boolean allowed = ch >= '0' && ch <= '9' || ch == '.' || ch == 'e' || ch == 'E' || ch == '-' || ch == '+';
            if (!allowed) return Double.NaN;
        }
        try {
            return Double.parseDouble(Utf8.string(c, from, to));
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }
}
