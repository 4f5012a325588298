package com.shopperspectrum.io.read;

import de.siegmar.fastcsv.reader.CsvParseException;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits CSV text given as UTF-8 bytes (RFC 4180: a delimiter, comma unless told otherwise, double quote, CR, LF or
 * CRLF) into records whose fields
 * are ranges of the read buffer (the delimiters are ASCII, so no byte of a multi-byte character is taken for one):
 * nothing is copied, unlike a parser that hands each field to a callback to be copied again
 * (FastCSV with a callback, before: a third of the reader's time in the profile, BENCHMARKS.md). It reads as
 * FastCSV's reader did with empty lines skipped and extra or missing fields left to the caller: a field that
 * starts with a quote is quoted ({@code ""} inside is one quote, line breaks are data); a quote elsewhere is
 * data; a character other than the delimiter or a line break after a closing quote is an error; a quote left open runs
 * to the end of the text. Line numbers count physical lines, so a record's number is the line it starts on.
 */
final class CsvRecords {
    /** Longest record in bytes; a longer one (usually a quote never closed) is an error, as with FastCSV. */
    static final int MAX_RECORD = 16 * 1024 * 1024;

    private static final int READ = 1 << 16;
    /** The size of a buffer: reads of at least {@link #READ} bytes, a few at a time. */
    static final int BUFFER = 4 * READ;

    private final InputStream in;
    private final Buffers buffers;
    /** The field delimiter, and it in every byte of a long (for {@link Utf8#delimiter}). */
    private final byte delimiter;

    private final long delimiters;
    private final FieldBuffer row = new FieldBuffer();
    private byte[] buf;
    /** True once a record in {@link #buf} has been handed out (when buffers are kept: it must not change). */
    private boolean handedOut;

    private int len;
    private int pos;
    private boolean eof;
    private boolean skipLf;
    private long line = 1;
    private int[] escaped = new int[16];

    /** Where the text goes: one buffer, reused, or buffers that records handed out keep (see {@link #kept}). */
    interface Buffers {
        /** An empty buffer of at least {@code length} bytes. */
        byte[] take(int length) throws IOException;
    }

    /** Splits {@code in}, reusing one buffer: a record handed out is valid until the next call. */
    CsvRecords(InputStream in) {
        this(in, (byte) ',', null);
    }

    /** Splits {@code in} on {@code delimiter} (an ASCII character other than a quote or line break). */
    CsvRecords(InputStream in, byte delimiter) {
        this(in, delimiter, null);
    }

    private CsvRecords(InputStream in, byte delimiter, Buffers buffers) {
        if (delimiter <= 0 || delimiter == '"' || delimiter == '\r' || delimiter == '\n') {
            throw new IllegalArgumentException("not a CSV delimiter: " + delimiter);
        }
        this.in = in;
        this.buffers = buffers;
        this.delimiter = delimiter;
        this.delimiters = Utf8.everyByte(delimiter);
        this.buf = new byte[BUFFER];
    }

    /**
     * Splits {@code in} into records that stay valid after the next call: the text of a buffer from which a
     * record was handed out is never changed, the rest moves to a new buffer from {@code buffers} instead. The
     * caller learns that a buffer is done with when a record's {@link FieldBuffer#bytes()} changes.
     */
    static CsvRecords kept(InputStream in, byte delimiter, Buffers buffers) {
        return new CsvRecords(in, delimiter, buffers);
    }

    /** The next record that is not an empty line (a buffer reused between calls), or null at the end. */
    FieldBuffer next() throws IOException {
        while (true) {
            if (pos == len) {
                if (!fill()) {
                    return null;
                }
                continue;
            }
            byte c = buf[pos];
            if (skipLf && c == '\n') {
                pos++;
                skipLf = false;
                continue;
            }
            skipLf = false;
            if (c == '\n' || c == '\r') { // an empty line
                pos++;
                line++;
                skipLf = c == '\r';
                continue;
            }
            int end = record();
            if (end >= 0) {
                pos = end;
                handedOut = true;
                return row;
            }
            if (!fill()) {
                throw new IllegalStateException("no record at the end of the text"); // record() ends it at EOF
            }
        }
    }

    /**
     * Parses the record at {@code pos} into {@link #row}; where the next one starts, or -1 when the buffer ends
     * first and more text may follow (then nothing has changed: it is parsed again once there is more).
     */
    private int record() {
        byte[] b = buf;
        int n = len;
        int p = pos;
        int lines = 0;
        int escapes = 0;
        row.begin(line, b);
        while (true) {
            int from = p;
            int to;
            if (p < n && b[p] == '"') {
                p++;
                boolean cr = false;
                while (true) {
                    if (p == n) {
                        if (!eof) return -1;
                        break;
                    }
                    byte c = b[p];
                    if (c > '"') { // neither a quote nor a line break (nor a byte of a multi-byte character)
                        p++;
                        cr = false;
                        continue;
                    }
                    if (c == '"') {
                        if (p + 1 == n && !eof) return -1;
                        if (p + 1 < n && b[p + 1] == '"') {
                            escapes = escape(escapes, row.count());
                            p += 2;
                            cr = false;
                            continue;
                        }
                        break;
                    }
                    if (c == '\r' || c == '\n' && !cr) lines++;
                    cr = c == '\r';
                    p++;
                }
                to = p;
                if (p == n && b[n - 1] == '"' && n - 1 > from) {
                    to = n - 2; // open to the end on an escaped quote: FastCSV dropped that pair
                }
                from++;
                if (p < n) p++; // the closing quote
                if (p < n && b[p] != delimiter && b[p] != '\n' && b[p] != '\r') {
                    throw afterClosingQuote(Utf8.codePointAt(b, p, n));
                }
            } else {
                p = Utf8.delimiter(b, p, n, delimiters);
                if (p == n && !eof) return -1;
                to = p;
            }
            row.range(from, to);
            if (p == n) {
                break; // the end of the text ends the record
            }
            byte c = b[p++];
            if (c == delimiter) {
                if (p == n && !eof) return -1;
                if (p == n) {
                    row.range(p, p); // a trailing delimiter: one more empty field
                    break;
                }
                continue;
            }
            lines++;
            skipLf = c == '\r';
            break;
        }
        if (p - pos > MAX_RECORD) {
            throw tooLong();
        }
        unescape(escapes);
        line += lines;
        return p;
    }

    /** Notes that field {@code field} holds {@code ""} escapes; the number of such fields. */
    private int escape(int escapes, int field) {
        if (escapes > 0 && escaped[escapes - 1] == field) {
            return escapes;
        }
        if (escapes == escaped.length) {
            escaped = Arrays.copyOf(escaped, escapes * 2);
        }
        escaped[escapes] = field;
        return escapes + 1;
    }

    /** Turns each {@code ""} into {@code "} in the fields noted, in place, once the record is complete. */
    private void unescape(int escapes) {
        for (int e = 0; e < escapes; e++) {
            int field = escaped[e];
            int w = row.start(field);
            int end = row.end(field);
            for (int r = w; r < end; r++, w++) {
                buf[w] = buf[r];
                if (buf[r] == '"') r++; // the second quote of the pair
            }
            row.shorten(field, w);
        }
    }

    /**
     * Moves the unparsed text to the front (of a new buffer when records handed out use this one) and reads more;
     * false at the end of the text.
     */
    private boolean fill() throws IOException {
        if (eof) {
            return false;
        }
        int rest = len - pos;
        if (rest > MAX_RECORD) {
            throw tooLong();
        }
        int size = buf.length - rest < READ ? Math.max(buf.length * 2, rest + READ) : buf.length;
        if (handedOut && buffers != null) {
            byte[] next = buffers.take(size);
            System.arraycopy(buf, pos, next, 0, rest);
            buf = next;
            handedOut = false;
        } else if (size > buf.length) {
            byte[] next = new byte[size];
            System.arraycopy(buf, pos, next, 0, rest);
            buf = next;
        } else if (pos > 0) {
            System.arraycopy(buf, pos, buf, 0, rest);
        }
        len = rest;
        pos = 0;
        int n = in.read(buf, len, buf.length - len);
        if (n < 0) {
            eof = true;
        } else {
            len += n;
        }
        return true;
    }

    private CsvParseException afterClosingQuote(int c) {
        return new CsvParseException(
                "line %d: %s after a closing quote; a quote inside a quoted field is written twice (\"\")"
                        .formatted(
                                line,
                                c < 0x20 || c == 0x7F ? String.format("U+%04X", c) : "'%c' (0x%x)".formatted(c, c)));
    }

    private CsvParseException tooLong() {
        return new CsvParseException("line " + line + ": a record longer than " + MAX_RECORD / (1024 * 1024)
                + " MB; usually a quote that is never closed");
    }
}
