package com.shopperspectrum.io.read;

/**
 * The decimal mark of a file's numbers: a point ({@code 2.55}, read exactly as {@link Double#parseDouble} reads
 * it, no grouping), or a comma ({@code 2,55}, thousands optionally grouped by dots: {@code 1.234,56}), the usual
 * export of a spreadsheet in a European locale, read as the same text with a point would be.
 *
 * <p>Given ({@code --decimal-comma}, {@code --no-decimal-comma}) or, for a file that is not comma-delimited,
 * decided by its numbers: the first one that shows a mark decides ({@code 2,55}: comma; {@code 2.55}: point;
 * {@code 1.234,56}: comma; {@code 1.234.567}: comma), one that could be either ({@code 1,234}: 1234 grouped, or
 * 1.234) sends {@link Finder} through the file for a deciding one. A later number that contradicts the mark is
 * not a number in that file. Not shared between threads.
 */
final class DecimalMark {
    /** What a number's text says about the mark. */
    enum Evidence {
        /** No point and no comma: the same value either way. */
        NONE,
        POINT,
        COMMA,
        /** One point or comma before exactly three digits, after one to three: a decimal or a thousands group. */
        EITHER
    }

    /** Reads a file from the start for the first number whose mark is {@link Evidence#POINT} or COMMA. */
    @FunctionalInterface
    interface Finder {
        /** The deciding number, or fails saying to give {@code --decimal-comma} or {@code --no-decimal-comma}. */
        Decision find();
    }

    /**
     * @param comma true for a decimal comma
     * @param where where the deciding number is, e.g. {@code line 12: '2,55'}; null when the mark was given
     */
    record Decision(boolean comma, String where) {}

    private final boolean given;
    private final Finder finder;
    private Decision decision;
    private byte[] scratch = new byte[32];

    private DecimalMark(Decision decision, boolean given, Finder finder) {
        this.decision = decision;
        this.given = given;
        this.finder = finder;
    }

    /** A decimal point, the only mark a comma-delimited file can have unquoted. */
    static DecimalMark point() {
        return new DecimalMark(new Decision(false, null), false, null);
    }

    /** The mark given by an option. */
    static DecimalMark given(boolean comma) {
        return new DecimalMark(new Decision(comma, null), true, null);
    }

    /** The mark decided by the file's numbers, asking {@code finder} when the first to show one is ambiguous. */
    static DecimalMark detected(Finder finder) {
        return new DecimalMark(null, false, finder);
    }

    /** True when the mark is known: given, or shown by a number read. */
    boolean decided() {
        return decision != null;
    }

    /** True when numbers are read as they are: a decimal point, decided or given. */
    boolean isPoint() {
        return decision != null && !decision.comma();
    }

    /** A decimal number in {@code c[from, to)}, as the mark says; NaN when it is not one. */
    double parseDecimal(byte[] c, int from, int to, long line) {
        int n = asPoint(c, from, to, line);
        return n < 0 ? Double.NaN : NumberParser.parseDecimal(scratch, 0, n);
    }

    /** A whole number in {@code c[from, to)}, as the mark says; {@link NumberParser#NOT_WHOLE} when not one. */
    long parseWhole(byte[] c, int from, int to, long line) {
        int n = asPoint(c, from, to, line);
        return n < 0 ? NumberParser.NOT_WHOLE : NumberParser.parseWhole(scratch, 0, n);
    }

    /**
     * Writes the number as a point-decimal text into {@link #scratch}, deciding the mark if it is not yet; its
     * length, or -1 when it contradicts the mark.
     */
    private int asPoint(byte[] c, int from, int to, long line) {
        if (decision == null) {
            decide(c, from, to, line);
        }
        int n = to - from;
        if (scratch.length < n) {
            scratch = new byte[n * 2];
        }
        if (decision == null || !decision.comma()) {
            System.arraycopy(c, from, scratch, 0, n); // undecided: the text holds neither mark
            return n;
        }
        return commaToPoint(c, from, to);
    }

    private void decide(byte[] c, int from, int to, long line) {
        Evidence e = evidence(c, from, to);
        if (e == Evidence.POINT || e == Evidence.COMMA) {
            decision = new Decision(
                    e == Evidence.COMMA,
                    "line " + line + ": '" + Utf8.string(c, from, to).trim() + "'");
        } else if (e == Evidence.EITHER) {
            decision = finder.find();
        }
    }

    /** {@code 1.234,56} as {@code 1234.56}: the comma becomes a point, grouping dots go; -1 when ill-grouped. */
    private int commaToPoint(byte[] c, int from, int to) {
        int comma = -1;
        int lastDot = -1;
        int digitsSinceDot = 0;
        int firstGroup = -1;
        int n = 0;
        for (int i = from; i < to; i++) {
            byte ch = c[i];
            if (ch == ',') {
                if (comma >= 0 || lastDot >= 0 && digitsSinceDot != 3) return -1;
                comma = i;
                scratch[n++] = '.';
            } else if (ch == '.') {
                if (comma >= 0 || lastDot >= 0 && digitsSinceDot != 3) return -1;
                if (lastDot < 0) {
                    firstGroup = digitsSinceDot;
                    if (firstGroup < 1 || firstGroup > 3) return -1;
                }
                lastDot = i;
                digitsSinceDot = 0;
            } else {
                if (comma < 0) digitsSinceDot = ch >= '0' && ch <= '9' ? digitsSinceDot + 1 : digitsSinceDot;
                scratch[n++] = ch;
            }
        }
        if (lastDot >= 0 && digitsSinceDot != 3) return -1;
        return n;
    }

    /** What {@code c[from, to)} says about the decimal mark. */
    static Evidence evidence(byte[] c, int from, int to) {
        int points = 0;
        int commas = 0;
        int last = -1;
        for (int i = from; i < to; i++) {
            if (c[i] == '.' || c[i] == ',') {
                points += c[i] == '.' ? 1 : 0;
                commas += c[i] == ',' ? 1 : 0;
                last = i;
            }
        }
        if (last < 0) return Evidence.NONE;
        if (points > 0 && commas > 0) return c[last] == ',' ? Evidence.COMMA : Evidence.POINT;
        if (points > 1) return Evidence.COMMA; // dots that group thousands
        if (commas > 1) return Evidence.POINT;
        Evidence shown = points == 1 ? Evidence.POINT : Evidence.COMMA;
        return couldGroup(c, from, to, last) ? Evidence.EITHER : shown;
    }

    /** True when the mark at {@code at} has 1–3 digits before it (no leading zero) and exactly 3 after. */
    private static boolean couldGroup(byte[] c, int from, int to, int at) {
        while (from < at && (c[from] == ' ' || c[from] == '-' || c[from] == '+')) from++;
        while (to > at && c[to - 1] == ' ') to--;
        int before = at - from;
        return before >= 1
                && before <= 3
                && c[from] != '0'
                && to - at - 1 == 3
                && digits(c, from, at)
                && digits(c, at + 1, to);
    }

    private static boolean digits(byte[] c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (c[i] < '0' || c[i] > '9') return false;
        }
        return true;
    }

    /**
     * Why a number that is not one may have failed, for the message: the mark in force and what decided it, or
     * (in a file read with a point) that a comma is not read; empty when nothing bears on it.
     */
    String explain(String text) {
        boolean hasComma = text.indexOf(',') >= 0;
        boolean hasPoint = text.indexOf('.') >= 0;
        if (decision == null || !hasComma && !hasPoint) {
            return "";
        }
        if (decision.comma()) {
            return given
                    ? " (with --decimal-comma numbers are written 1.234,56)"
                    : " (numbers in this file have a decimal comma, as " + decision.where()
                            + " shows; --no-decimal-comma reads points)";
        }
        if (!hasComma) {
            return "";
        }
        return given || decision.where() == null
                ? " (read with a decimal point; give --decimal-comma for numbers such as 2,55)"
                : " (numbers in this file have a decimal point, as " + decision.where()
                        + " shows; --decimal-comma reads commas)";
    }
}
