package com.shopperspectrum.io.read;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One input row as ranges of UTF-8 bytes in a reused buffer, so that reading a row allocates nothing: either its
 * own buffer, into which fields are copied ({@link #add}), or the parser's, whose ranges it names
 * ({@link #range}). A field may also carry a native date-time (an XLSX date cell), in seconds since
 * 1970-01-01T00:00.
 */
final class FieldBuffer {
    static final long NO_TIME = Long.MIN_VALUE;

    private byte[] own = new byte[512];
    private byte[] bytes = own;
    private int[] start = new int[16];
    private int[] end = new int[16];
    private long[] nativeTime = new long[16];
    private int count;
    private int used;
    private long line;

    /** Starts a row whose fields will be copied in. */
    void begin(long lineNumber) {
        line = lineNumber;
        count = 0;
        used = 0;
        bytes = own;
    }

    /** Starts a row whose fields are ranges of {@code text}, which must not change while the row is used. */
    void begin(long lineNumber, byte[] text) {
        line = lineNumber;
        count = 0;
        bytes = text;
    }

    /** Adds the field {@code text[from, to)} of a row begun on {@code text}. */
    void range(int from, int to) {
        ensureFields();
        start[count] = from;
        end[count] = to;
        nativeTime[count] = NO_TIME;
        count++;
    }

    /** Ends field {@code field} at {@code to} instead (after unescaping in place). */
    void shorten(int field, int to) {
        end[field] = to;
    }

    /** Adds a field holding {@code text} (as UTF-8) and, unless {@link #NO_TIME}, a native date-time. */
    void add(String text, long time) {
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ensure(utf8.length);
        System.arraycopy(utf8, 0, bytes, used, utf8.length);
        close(utf8.length, time);
    }

    private void close(int length, long time) {
        start[count] = used;
        used += length;
        end[count] = used;
        nativeTime[count] = time;
        count++;
    }

    private void ensure(int length) {
        if (used + length > own.length) {
            own = Arrays.copyOf(own, Math.max(own.length * 2, used + length));
            bytes = own;
        }
        ensureFields();
    }

    private void ensureFields() {
        if (count == start.length) {
            int n = count * 2;
            start = Arrays.copyOf(start, n);
            end = Arrays.copyOf(end, n);
            nativeTime = Arrays.copyOf(nativeTime, n);
        }
    }

    long line() {
        return line;
    }

    int count() {
        return count;
    }

    byte[] bytes() {
        return bytes;
    }

    int start(int field) {
        return start[field];
    }

    int end(int field) {
        return end[field];
    }

    long nativeTime(int field) {
        return nativeTime[field];
    }

    String text(int field) {
        return Utf8.string(bytes, start[field], end[field]);
    }

    /** The fields as strings, for error messages and the rejects file. */
    List<String> texts() {
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(text(i));
        }
        return out;
    }
}
