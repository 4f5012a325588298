package com.shopperspectrum.io.read;

/**
 * The numbers of a date text in one of the recognised shapes, before the day/month order is known:
 * {@code yyyy-M-d} gives {@code a}=year, {@code b}=month, {@code c}=day; {@code p/q/yyyy} gives {@code a}=p,
 * {@code b}=q, {@code c}=year ({@code slash}); {@code d.M.yyyy} (the German and Nordic way, always day first) gives
 * {@code a}=day, {@code b}=month, {@code c}=year ({@code dotted}). An optional time {@code H:mm[:ss[.fff]]} follows a blank or
 * {@code T}; fractions of a second are dropped.
 */
final class DateFields {
    final boolean slash;
    final boolean dotted;
    final int a;
    final int b;
    final int c;
    final int secondOfDay;

    private DateFields(boolean slash, boolean dotted, int a, int b, int c, int secondOfDay) {
        this.slash = slash;
        this.dotted = dotted;
        this.a = a;
        this.b = b;
        this.c = c;
        this.secondOfDay = secondOfDay;
    }

    /** The fields of {@code t[from, to)}, or null when the text has none of the recognised shapes. */
    static DateFields scan(byte[] t, int from, int to) {
        Cursor k = new Cursor(t, from, to);
        int a = k.number(1, 4);
        char sep = k.peek();
        if (a < 0 || sep != '-' && sep != '/' && sep != '.') return null;
        boolean slash = sep == '/';
        boolean dotted = sep == '.';
        boolean yearLast = slash || dotted;
        if (yearLast ? k.digitsRead > 2 : k.digitsRead != 4) return null;
        k.pos++;
        int b = k.number(1, 2);
        if (b < 0 || !k.expect(sep)) return null;
        int c = yearLast ? k.number(4, 4) : k.number(1, 2);
        if (c < 0) return null;
        int seconds = 0;
        if (k.pos < to) {
            if (t[k.pos] != ' ' && t[k.pos] != 'T') return null;
            k.pos++;
            seconds = time(k);
            if (seconds < 0) return null;
        }
        return new DateFields(slash, dotted, a, b, c, seconds);
    }

    private static int time(Cursor k) {
        int h = k.number(1, 2);
        if (h < 0 || h > 23 || !k.expect(':')) return -1;
        int m = k.number(2, 2);
        if (m < 0 || m > 59) return -1;
        int s = 0;
        if (k.peek() == ':') {
            k.pos++;
            s = k.number(2, 2);
            if (s < 0 || s > 59) return -1;
            if (k.peek() == '.') {
                k.pos++;
                if (k.number(1, 9) < 0) return -1;
            }
        }
        return k.pos == k.to ? h * 3600 + m * 60 + s : -1;
    }

    private static final class Cursor {
        final byte[] t;
        final int to;
        int pos;
        int digitsRead;

        Cursor(byte[] t, int from, int to) {
            this.t = t;
            this.pos = from;
            this.to = to;
        }

        char peek() {
            return pos < to ? (char) t[pos] : 0;
        }

        boolean expect(char ch) {
            if (peek() != ch) return false;
            pos++;
            return true;
        }

        /** A number of minDigits..maxDigits digits, or -1. */
        int number(int minDigits, int maxDigits) {
            int value = 0;
            digitsRead = 0;
            while (pos < to && t[pos] >= '0' && t[pos] <= '9' && digitsRead < maxDigits) {
                value = value * 10 + (t[pos++] - '0');
                digitsRead++;
            }
            return digitsRead < minDigits ? -1 : value;
        }
    }
}
