package com.shopperspectrum.io.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Turns a date field into seconds since 1970-01-01T00:00 of the local date-time. Without a pattern it reads
 * {@code yyyy-MM-dd[ HH:mm[:ss]]} (also with {@code T}) and {@code M/d/yyyy[ H:mm[:ss]]} or
 * {@code d/M/yyyy…}, and {@code d.M.yyyy[ H:mm[:ss]]} (always day first): the day/month order of slash dates is found once per file (by {@link DayMonthOrder.Finder})
 * and a later value that contradicts it is an error. With a pattern it uses java.time. The last text and its
 * result are remembered, since consecutive rows of an invoice share a timestamp.
 */
final class DateParser {
    private static final String FORMATS =
            "expected yyyy-MM-dd HH:mm[:ss], M/d/yyyy H:mm, d.M.yyyy H:mm or a date-only value; otherwise give "
                    + "--date-format";
    private final DateTimeFormatter formatter;
    private final String pattern;
    private final DayMonthOrder.Finder finder;
    private DayMonthOrder order;
    private byte[] last = new byte[32];
    private int lastLength = -1;
    private long lastSeconds;

    /**
     * @param pattern a java.time pattern, or null to recognise the common formats
     * @param finder  consulted at the first slash date when no pattern is given
     */
    DateParser(String pattern, DayMonthOrder.Finder finder) {
        this.pattern = pattern;
        this.finder = finder;
        this.formatter = pattern == null ? null : formatter(pattern);
    }

    private static DateTimeFormatter formatter(String pattern) {
        try {
            return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "--date-format: '" + pattern + "' is not a valid java.time pattern: " + e.getMessage(), e);
        }
    }

    long seconds(FieldBuffer row, int column) throws BadValueException {
        long nativeTime = row.nativeTime(column);
        if (nativeTime != FieldBuffer.NO_TIME) {
            return nativeTime;
        }
        byte[] c = row.bytes();
        int from = row.start(column);
        int to = row.end(column);
        while (from < to && c[from] == ' ') from++;
        while (to > from && c[to - 1] == ' ') to--;
        int n = to - from;
        if (n == lastLength && java.util.Arrays.equals(c, from, to, last, 0, n)) {
            return lastSeconds;
        }
        long s = formatter == null ? recognise(c, from, to, column) : withPattern(Utf8.string(c, from, to), column);
        if (last.length < n) {
            last = new byte[n * 2];
        }
        System.arraycopy(c, from, last, 0, n);
        lastLength = n;
        lastSeconds = s;
        return s;
    }

    private long withPattern(String text, int column) throws BadValueException {
        try {
            TemporalAccessor t = formatter.parseBest(text, LocalDateTime::from, LocalDate::from);
            LocalDateTime at = t instanceof LocalDateTime dt ? dt : ((LocalDate) t).atStartOfDay();
            return at.toLocalDate().toEpochDay() * 86_400L + at.toLocalTime().toSecondOfDay();
        } catch (DateTimeException e) {
            throw new BadValueException(
                    column, BadValueException.quoted(text) + " does not match the date format '" + pattern + "'");
        }
    }

    private long recognise(byte[] c, int from, int to, int column) throws BadValueException {
        DateFields f = DateFields.scan(c, from, to);
        if (f == null) {
            throw new BadValueException(
                    column, BadValueException.quoted(Utf8.string(c, from, to)) + " is not a date (" + FORMATS + ")");
        }
        int year = f.a;
        int month = f.b;
        int day = f.c;
        if (f.dotted) {
            year = f.c;
            month = f.b;
            day = f.a;
        } else if (f.slash) {
            boolean dayFirst = slashOrder(f, c, from, to, column);
            year = f.c;
            month = dayFirst ? f.b : f.a;
            day = dayFirst ? f.a : f.b;
        }
        try {
            return LocalDate.of(year, month, day).toEpochDay() * 86_400L + f.secondOfDay;
        } catch (DateTimeException e) {
            throw new BadValueException(
                    column, BadValueException.quoted(Utf8.string(c, from, to)) + " is not a valid date");
        }
    }

    private boolean slashOrder(DateFields f, byte[] c, int from, int to, int column) throws BadValueException {
        if (order == null) {
            order = finder.find();
        }
        boolean contradicts = order.dayFirst() ? f.b > 12 && f.a <= 12 : f.a > 12 && f.b <= 12;
        if (contradicts) {
            throw new BadValueException(
                    column,
                    BadValueException.quoted(Utf8.string(c, from, to)) + " does not fit the "
                            + order.pattern() + " order shown by '" + order.value() + "' (" + order.line()
                            + "); give --date-format");
        }
        return order.dayFirst();
    }
}
