package com.shopperspectrum.io;

import com.shopperspectrum.core.generate.Catalog;
import com.shopperspectrum.core.generate.Countries;
import com.shopperspectrum.core.generate.GeneratedLine;
import com.shopperspectrum.core.generate.LineSink;
import com.shopperspectrum.io.view.Csv;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;

/**
 * Formats generated lines as UCI Online Retail CSV rows into a growing byte buffer, without a String per row:
 * the catalogue's codes and descriptions are encoded once ({@link Csv}: quoted, formulas guarded), numbers are written
 * digit by digit, and the date is re-encoded only when it changes. Not thread-safe; one per thread.
 */
final class CsvLineEncoder implements LineSink {
    static final String HEADER = "InvoiceNo,StockCode,Description,Quantity,InvoiceDate,UnitPrice,CustomerID,Country\n";
    private final EncodedCatalog catalog;
    private final byte[] date = new byte[19];
    private long dateSeconds = Long.MIN_VALUE;
    private byte[] buf;
    private int len;

    CsvLineEncoder(EncodedCatalog catalog, int capacity) {
        this.catalog = catalog;
        this.buf = new byte[Math.max(capacity, 64)];
    }

    void reset() {
        len = 0;
    }

    byte[] buffer() {
        return buf;
    }

    int length() {
        return len;
    }

    void header() {
        put(HEADER.getBytes(StandardCharsets.US_ASCII));
    }

    @Override
    public void accept(GeneratedLine line) {
        ensure(512);
        if (line.cancelled()) {
            buf[len++] = 'C';
        }
        putLong(line.invoice());
        buf[len++] = ',';
        put(line.lowerCaseCode() ? catalog.lowerCode(line.item()) : catalog.code(line.item()));
        buf[len++] = ',';
        put(line.note() < 0 ? catalog.description(line.item()) : catalog.note(line.note()));
        buf[len++] = ',';
        putLong(line.quantity());
        buf[len++] = ',';
        putDate(line.time());
        buf[len++] = ',';
        putPrice(line.priceMilli());
        buf[len++] = ',';
        if (line.hasCustomer()) {
            putLong(line.customerId());
        }
        buf[len++] = ',';
        put(catalog.country(line.country()));
        buf[len++] = '\n';
    }

    private void put(byte[] bytes) {
        ensure(bytes.length);
        System.arraycopy(bytes, 0, buf, len, bytes.length);
        len += bytes.length;
    }

    private void putLong(long v) {
        if (v < 0) {
            buf[len++] = '-';
            v = -v;
        }
        int digits = 1;
        for (long t = v / 10; t != 0; t /= 10) {
            digits++;
        }
        for (int i = len + digits - 1; i >= len; i--) {
            buf[i] = (byte) ('0' + v % 10);
            v /= 10;
        }
        len += digits;
    }

    /** Thousandths as Python prints the original's floats: {@code 2.55}, {@code 18.0}, {@code 0.001}. */
    private void putPrice(int milli) {
        putLong(milli / 1000);
        buf[len++] = '.';
        int frac = milli % 1000;
        buf[len++] = (byte) ('0' + frac / 100);
        if (frac % 100 != 0) {
            buf[len++] = (byte) ('0' + frac / 10 % 10);
            if (frac % 10 != 0) {
                buf[len++] = (byte) ('0' + frac % 10);
            }
        }
    }

    private void putDate(long seconds) {
        if (seconds != dateSeconds) {
            LocalDateTime t = LocalDateTime.ofEpochSecond(seconds, 0, ZoneOffset.UTC);
            digits(0, t.getYear(), 4);
            date[4] = '-';
            digits(5, t.getMonthValue(), 2);
            date[7] = '-';
            digits(8, t.getDayOfMonth(), 2);
            date[10] = ' ';
            digits(11, t.getHour(), 2);
            date[13] = ':';
            digits(14, t.getMinute(), 2);
            date[16] = ':';
            digits(17, t.getSecond(), 2);
            dateSeconds = seconds;
        }
        System.arraycopy(date, 0, buf, len, date.length);
        len += date.length;
    }

    private void digits(int at, int value, int width) {
        for (int i = at + width - 1; i >= at; i--) {
            date[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    private void ensure(int more) {
        if (len + more > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + more));
        }
    }

    /** The catalogue's strings encoded once as CSV fields, shared read-only by the encoders of all threads. */
    static final class EncodedCatalog {
        private final byte[][] codes;
        private final byte[][] lowerCodes;
        private final byte[][] descriptions;
        private final byte[][] notes;
        private final byte[][] countries;

        EncodedCatalog(Catalog catalog) {
            int n = catalog.size();
            codes = new byte[n][];
            lowerCodes = new byte[n][];
            descriptions = new byte[n][];
            for (int i = 0; i < n; i++) {
                codes[i] = field(catalog.code(i));
                String lower = catalog.lowerCaseCode(i);
                lowerCodes[i] = lower == null ? codes[i] : field(lower);
                descriptions[i] = field(catalog.description(i));
            }
            notes = new byte[Catalog.notes()][];
            for (int i = 0; i < notes.length; i++) {
                notes[i] = field(Catalog.note(i));
            }
            countries = new byte[Countries.count()][];
            for (int i = 0; i < countries.length; i++) {
                countries[i] = field(Countries.name(i));
            }
        }

        byte[] code(int i) {
            return codes[i];
        }

        byte[] lowerCode(int i) {
            return lowerCodes[i];
        }

        byte[] description(int i) {
            return descriptions[i];
        }

        byte[] note(int i) {
            return notes[i];
        }

        byte[] country(int i) {
            return countries[i];
        }

        /** A CSV field as {@link Csv} writes it. */
        static byte[] field(String value) {
            return Csv.field(value).getBytes(StandardCharsets.UTF_8);
        }
    }
}
