package com.shopperspectrum.io.read;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * The text of a byte source as checked UTF-8, read straight into the caller's buffer. UTF-8 input is checked in
 * place, not copied; text in another charset is decoded strictly and written as UTF-8. Bytes not valid in the
 * charset end the text with a {@link java.nio.charset.CharacterCodingException}, thrown by the {@code read}
 * after the one that returned the text before them, as a strict decoder would; so does a failure of the source.
 * A multi-byte character cut by the end of a read waits for the next one.
 */
abstract sealed class Utf8Text extends InputStream {
    private Exception failure;

    /** The text of {@code source}, written in {@code charset}. */
    static Utf8Text of(InputStream source, Charset charset) {
        return charset.equals(StandardCharsets.UTF_8) ? new Checked(source) : new Reencoded(source, charset);
    }

    /** Not offered: the text is read in whole characters, by {@link #read(byte[], int, int)}. */
    @Override
    public final int read() {
        throw new UnsupportedOperationException("read whole characters with read(byte[], int, int)");
    }

    /** Reads whole characters, at least one unless at the end (then -1); {@code length} must be 8 or more. */
    @Override
    public final int read(byte[] into, int offset, int length) throws IOException {
        if (length < 8) {
            throw new IllegalArgumentException("read at least 8 bytes at a time, not " + length);
        }
        if (failure == null) {
            int n = readSome(into, offset, length);
            if (n > 0 || failure == null) {
                return n;
            }
        }
        if (failure instanceof RuntimeException e) {
            throw e;
        }
        throw (IOException) failure;
    }

    /** Remembers the failure to throw once the text before it has been handed on. */
    final void failAfter(Exception e) {
        failure = e;
    }

    abstract int readSome(byte[] into, int offset, int length);

    /** UTF-8 input: read, checked, handed on. */
    private static final class Checked extends Utf8Text {
        private final InputStream source;
        private final byte[] carry = new byte[4];
        private int carried;
        private boolean end;

        Checked(InputStream source) {
            this.source = source;
        }

        @Override
        int readSome(byte[] b, int offset, int length) {
            if (end && carried == 0) {
                return -1;
            }
            int n = carried;
            System.arraycopy(carry, 0, b, offset, n);
            carried = 0;
            try {
                while (n < length && !end) {
                    int more = source.read(b, offset + n, length - n);
                    if (more < 0) {
                        end = true;
                    } else {
                        n += more;
                    }
                }
            } catch (IOException | RuntimeException e) {
                failAfter(e); // the text read before it goes first
                end = true;
            }
            int valid = Utf8.validPrefix(b, offset, offset + n) - offset;
            if (valid < n) {
                if (!end && Utf8.incomplete(b, offset + valid, offset + n)) {
                    System.arraycopy(b, offset + valid, carry, carried, n - valid);
                    carried += n - valid;
                } else {
                    failAfter(new MalformedInputException(1));
                    carried = 0;
                }
            }
            return n == 0 && end ? -1 : valid;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }

    /** Input in another charset: decoded strictly, written as UTF-8. */
    private static final class Reencoded extends Utf8Text {
        private final Reader source;
        private final char[] chars = new char[4096];
        private int held; // a high surrogate whose low half is in the next read, or 0
        private boolean end;

        Reencoded(InputStream source, Charset charset) {
            this.source = new InputStreamReader(
                    source,
                    charset.newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT));
        }

        @Override
        int readSome(byte[] b, int offset, int length) {
            if (end) {
                return -1;
            }
            int room = Math.max(2, Math.min(chars.length, length / 3)); // three bytes at most per character
            int n = 0;
            if (held != 0) {
                chars[0] = (char) held;
                n = 1;
                held = 0;
            }
            try {
                while (n < room) {
                    int more = source.read(chars, n, room - n);
                    if (more < 0) {
                        end = true;
                        break;
                    }
                    n += more;
                }
            } catch (IOException | RuntimeException e) {
                failAfter(e);
                end = true;
            }
            if (!end && n > 0 && Character.isHighSurrogate(chars[n - 1])) {
                held = chars[--n];
            }
            int out = encode(n, b, offset, length);
            return out == 0 && end ? -1 : out;
        }

        private int encode(int n, byte[] b, int offset, int length) {
            int o = offset;
            for (int i = 0; i < n; i++) {
                char c = chars[i];
                if (c < 0x80) {
                    b[o++] = (byte) c;
                } else if (c < 0x800) {
                    b[o++] = (byte) (0xC0 | c >> 6);
                    b[o++] = (byte) (0x80 | c & 0x3F);
                } else if (!Character.isSurrogate(c)) {
                    b[o++] = (byte) (0xE0 | c >> 12);
                    b[o++] = (byte) (0x80 | c >> 6 & 0x3F);
                    b[o++] = (byte) (0x80 | c & 0x3F);
                } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                    int cp = Character.toCodePoint(c, chars[++i]);
                    b[o++] = (byte) (0xF0 | cp >> 18);
                    b[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
                    b[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
                    b[o++] = (byte) (0x80 | cp & 0x3F);
                } else {
                    failAfter(new MalformedInputException(1)); // a lone surrogate has no UTF-8 form
                    end = true;
                    return o - offset;
                }
            }
            return o - offset;
        }

        @Override
        public void close() throws IOException {
            source.close();
        }
    }
}
