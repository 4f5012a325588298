package com.shopperspectrum.io.read;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * UTF-8 text as bytes, for the CSV reader, which splits and parses bytes instead of decoded characters (half the
 * memory traffic, and eight bytes compared or scanned per step). Validation follows the Unicode standard's table
 * of well-formed byte sequences (no overlong forms, no surrogates, nothing above U+10FFFF), the same bytes the
 * JDK's strict decoder refuses. Whitespace is what {@link Character#isWhitespace(char)} says of the decoded text,
 * so trimming bytes gives the trimmed string.
 */
final class Utf8 {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final long HIGH_BITS = 0x8080_8080_8080_8080L;

    private Utf8() {}

    /** Eight bytes from {@code b[i]} as one little-endian long (byte i in the lowest bits). */
    static long longAt(byte[] b, int i) {
        return (long) LONGS.get(b, i);
    }

    /** {@code b[from, to)} as a string. */
    static String string(byte[] b, int from, int to) {
        return new String(b, from, to - from, StandardCharsets.UTF_8);
    }

    /**
     * True when {@code a[aFrom, aFrom + n)} and {@code b[bFrom, bFrom + n)} hold the same bytes: eight at a time,
     * the last eight overlapping the ones before; fewer than eight as one masked compare of the eight bytes from
     * the start when both arrays hold them (nearly always: the keys compared are mostly a few bytes long).
     */
    static boolean equal(byte[] a, int aFrom, byte[] b, int bFrom, int n) {
        if (n >= 8) {
            for (int i = 0; i + 8 < n; i += 8) {
                if (longAt(a, aFrom + i) != longAt(b, bFrom + i)) {
                    return false;
                }
            }
            return longAt(a, aFrom + n - 8) == longAt(b, bFrom + n - 8);
        }
        if (n > 0 && aFrom + 8 <= a.length && bFrom + 8 <= b.length) {
            return ((longAt(a, aFrom) ^ longAt(b, bFrom)) & (-1L >>> (64 - 8 * n))) == 0;
        }
        for (int i = 0; i < n; i++) {
            if (a[aFrom + i] != b[bFrom + i]) {
                return false;
            }
        }
        return true;
    }

    /** The index of the first comma, CR or LF in {@code b[from, to)}, or {@code to}. */
    static int delimiter(byte[] b, int from, int to) {
        return delimiter(b, from, to, COMMAS);
    }

    /**
     * The index of the first field delimiter, CR or LF in {@code b[from, to)}, or {@code to}: eight bytes a step
     * (the zero-byte test of Mycroft's "haszero" on the bytes xor-ed with each delimiter), then one at a time.
     *
     * @param delimiters the field delimiter (ASCII) in every byte, {@link #everyByte}
     */
    static int delimiter(byte[] b, int from, int to, long delimiters) {
        int p = from;
        for (; p + 8 <= to; p += 8) {
            long v = longAt(b, p);
            long found = zeroBytes(v ^ delimiters) | zeroBytes(v ^ CRS) | zeroBytes(v ^ LFS);
            if (found != 0) {
                return p + (Long.numberOfTrailingZeros(found) >>> 3);
            }
        }
        byte d = (byte) delimiters;
        for (; p < to; p++) {
            byte c = b[p];
            if (c == d || c == '\n' || c == '\r') {
                return p;
            }
        }
        return to;
    }

    /** {@code c} in each of a long's eight bytes. */
    static long everyByte(byte c) {
        return ONES * (c & 0xFF);
    }

    /**
     * The index of the first control character (U+0000 to U+001F or U+007F) in {@code b[from, to)}, or -1: eight
     * bytes a step while they are ASCII above the controls, then one at a time.
     */
    static int control(byte[] b, int from, int to) {
        int p = from;
        for (; p + 8 <= to; p += 8) {
            long v = longAt(b, p);
            // a byte below 0x20, or 0x7F, or non-ASCII (high bit): look at these eight one by one
            long suspicious = ((v - ONES * 0x20) | zeroBytes(v ^ DELS) | v) & HIGH_BITS;
            if (suspicious != 0) {
                break;
            }
        }
        for (; p < to; p++) {
            int c = b[p];
            if (c >= 0 && c < 0x20 || c == 0x7F) {
                return p;
            }
        }
        return -1;
    }

    private static final long ONES = 0x0101_0101_0101_0101L;
    private static final long DELS = ONES * 0x7F;
    private static final long COMMAS = ONES * ',';
    private static final long CRS = ONES * '\r';
    private static final long LFS = ONES * '\n';

    /**
     * The high bit of each zero byte of {@code v} set, exactly, at least up to the first zero byte (a borrow can
     * mark bytes after it, which the caller never looks at: it takes the lowest).
     */
    private static long zeroBytes(long v) {
        return (v - ONES) & ~v & HIGH_BITS;
    }

    /**
     * The end of the longest prefix of {@code b[from, to)} made of whole, well-formed sequences: {@code to} for
     * valid text; otherwise where an ill-formed sequence, or one cut off by {@code to}, starts.
     */
    static int validPrefix(byte[] b, int from, int to) {
        int i = from;
        while (i < to) {
            if (i + 8 <= to && (longAt(b, i) & HIGH_BITS) == 0) {
                i += 8;
                continue;
            }
            int lead = b[i] & 0xFF;
            if (lead < 0x80) {
                i++;
                continue;
            }
            int n = sequenceLength(b, i, to);
            if (n <= 0) {
                return i;
            }
            i += n;
        }
        return to;
    }

    /**
     * True when {@code b[from, to)} (one to three bytes) is the start of a well-formed sequence that more bytes
     * could complete: the text was cut, not spoiled.
     */
    static boolean incomplete(byte[] b, int from, int to) {
        return to - from < 4 && sequenceLength(b, from, to) == -1;
    }

    /**
     * The length of the well-formed sequence at {@code b[i]}; 0 when it is ill-formed; -1 when the bytes up to
     * {@code to} are a well-formed start that is cut off.
     */
    private static int sequenceLength(byte[] b, int i, int to) {
        int lead = b[i] & 0xFF;
        int n;
        int min2 = 0x80;
        int max2 = 0xBF;
        if (lead < 0x80) {
            return 1;
        } else if (lead >= 0xC2 && lead <= 0xDF) {
            n = 2;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            n = 3;
            if (lead == 0xE0) min2 = 0xA0; // no overlong forms
            if (lead == 0xED) max2 = 0x9F; // no surrogates
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            n = 4;
            if (lead == 0xF0) min2 = 0x90;
            if (lead == 0xF4) max2 = 0x8F; // nothing above U+10FFFF
        } else {
            return 0;
        }
        for (int k = 1; k < n; k++) {
            if (i + k >= to) {
                return -1;
            }
            int c = b[i + k] & 0xFF;
            int min = k == 1 ? min2 : 0x80;
            int max = k == 1 ? max2 : 0xBF;
            if (c < min || c > max) {
                return 0;
            }
        }
        return n;
    }

    /** Where {@code b[from, to)} starts once leading whitespace is skipped. */
    static int trimStart(byte[] b, int from, int to) {
        while (from < to) {
            int c = b[from];
            if (c >= 0) {
                if (!asciiWhitespace(c)) return from;
                from++;
            } else {
                int n = sequenceLength(b, from, to);
                if (n <= 0 || !Character.isWhitespace(codePoint(b, from, n))) return from;
                from += n;
            }
        }
        return from;
    }

    /** Where {@code b[from, to)} ends once trailing whitespace is dropped. */
    static int trimEnd(byte[] b, int from, int to) {
        while (to > from) {
            int c = b[to - 1];
            if (c >= 0) {
                if (!asciiWhitespace(c)) return to;
                to--;
            } else {
                int start = to - 1;
                while (start > from && to - start < 4 && (b[start] & 0xC0) == 0x80) start--;
                int n = to - start;
                if (sequenceLength(b, start, to) != n || !Character.isWhitespace(codePoint(b, start, n))) {
                    return to;
                }
                to = start;
            }
        }
        return to;
    }

    /** Character.isWhitespace for the ASCII range: tab, LF, VT, FF, CR, the four separators 0x1C-0x1F, space. */
    private static boolean asciiWhitespace(int c) {
        return c == ' ' || c >= 0x09 && c <= 0x0D || c >= 0x1C && c <= 0x1F;
    }

    /** The code point of the well-formed {@code n}-byte sequence at {@code b[i]}. */
    private static int codePoint(byte[] b, int i, int n) {
        if (n == 1) {
            return b[i];
        }
        int cp = b[i] & (0xFF >>> (n + 1));
        for (int k = 1; k < n; k++) {
            cp = cp << 6 | b[i + k] & 0x3F;
        }
        return cp;
    }

    /** The character (code point) starting at {@code b[i]}, for messages; the byte itself when ill-formed. */
    static int codePointAt(byte[] b, int i, int to) {
        int n = sequenceLength(b, i, to);
        return n > 0 ? codePoint(b, i, n) : b[i] & 0xFF;
    }
}
