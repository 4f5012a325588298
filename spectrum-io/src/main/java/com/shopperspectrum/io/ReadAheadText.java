package com.shopperspectrum.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The text of a byte source as checked UTF-8, read a few blocks ahead on a second thread: inflating a
 * {@code .csv.gz} and checking (or, for another charset, decoding and re-encoding) the text, the costly part
 * before parsing, overlap the parsing on two cores instead of adding to it. UTF-8 input is checked, not copied;
 * text in another charset is decoded strictly and written as UTF-8. Bytes not valid in the charset end the text
 * with a {@link java.nio.charset.CharacterCodingException}, thrown by the {@code read} that reaches the place
 * where they are, after the text before them, as a strict decoder would; so does a failure of the source. Not
 * for sharing between threads: one parser reads it.
 */
final class ReadAheadText extends InputStream {
    static final int BLOCK = 1 << 16;
    private static final int BLOCKS = 8;
    private final Filler filler;
    private final BlockingQueue<Block> filled = new ArrayBlockingQueue<>(BLOCKS + 1);
    private final BlockingQueue<byte[]> empty = new ArrayBlockingQueue<>(BLOCKS + 1);
    private final Thread worker;
    private Block current = new Block(new byte[BLOCK], 0, null);
    private int position;

    /** A block of text, or the end ({@code length} -1), or the failure that ended reading. */
    private record Block(byte[] bytes, int length, Exception failure) { }

    private static final Block END = new Block(null, -1, null);

    ReadAheadText(InputStream source, Charset charset) {
        this.filler = charset.equals(StandardCharsets.UTF_8) ? new CheckedUtf8(source) : new Reencoded(source, charset);
        for (int i = 0; i < BLOCKS; i++) {
            empty.add(new byte[BLOCK]);
        }
        worker = new Thread(this::fill, "spectrum-read-ahead");
        worker.setDaemon(true);
        worker.start();
    }

    private void fill() {
        try {
            while (true) {
                byte[] bytes = empty.take();
                int n;
                try {
                    n = filler.fill(bytes);
                } catch (IOException | RuntimeException e) {
                    filled.put(new Block(null, 0, e));
                    return;
                }
                if (n < 0) {
                    filled.put(END);
                    return;
                }
                filled.put(new Block(bytes, n, null));
            }
        } catch (InterruptedException e) {
            // closed by the parser
        }
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        return read(one, 0, 1) < 0 ? -1 : one[0] & 0xFF;
    }

    @Override
    public int read(byte[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (current == END) {
            return -1;
        }
        while (position == current.length) {
            empty.offer(current.bytes);
            current = next();
            position = 0;
            if (current == END) {
                return -1;
            }
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current.bytes, position, into, offset, n);
        position += n;
        return n;
    }

    private Block next() throws IOException {
        Block block;
        try {
            block = filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
        if (block.failure instanceof IOException e) {
            throw e;
        }
        if (block.failure instanceof RuntimeException e) {
            throw e;
        }
        return block;
    }

    /** Stops the reading thread, then closes the source. */
    @Override
    public void close() throws IOException {
        worker.interrupt();
        try {
            worker.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        filler.close();
    }

    /** Fills blocks with checked UTF-8; the failure that ends the text comes after the text before it. */
    private abstract static class Filler {
        private Exception failure;

        /** Fills {@code block} from its start: the number of bytes, or -1 at the end. */
        final int fill(byte[] block) throws IOException {
            if (failure == null) {
                int n = fillSome(block);
                if (n > 0 || failure == null) {
                    return n;
                }
            }
            if (failure instanceof RuntimeException e) {
                throw e;
            }
            throw (IOException) failure;
        }

        /** The failure to throw once the text before it has been handed on. */
        final void failAfter(Exception e) {
            failure = e;
        }

        abstract int fillSome(byte[] block) throws IOException;

        abstract void close() throws IOException;
    }

    /** UTF-8 input: read, checked, handed on; a sequence cut by the block's end waits for the next block. */
    private static final class CheckedUtf8 extends Filler {
        private final InputStream source;
        private final byte[] carry = new byte[4];
        private int carried;
        private boolean end;

        CheckedUtf8(InputStream source) {
            this.source = source;
        }

        @Override
        int fillSome(byte[] block) {
            if (end && carried == 0) {
                return -1;
            }
            System.arraycopy(carry, 0, block, 0, carried);
            int n = carried;
            carried = 0;
            try {
                while (n < block.length && !end) {
                    int more = source.read(block, n, block.length - n);
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
            int valid = Utf8.validPrefix(block, 0, n);
            if (valid < n) {
                if (!end && Utf8.incomplete(block, valid, n)) {
                    carried = n - valid;
                    System.arraycopy(block, valid, carry, 0, carried);
                } else {
                    failAfter(new MalformedInputException(1));
                }
            }
            return n == 0 && end ? -1 : valid;
        }

        @Override
        void close() throws IOException {
            source.close();
        }
    }

    /** Input in another charset: decoded strictly, written as UTF-8. */
    private static final class Reencoded extends Filler {
        private final Reader source;
        private final char[] chars = new char[BLOCK / 3];
        private int held; // a high surrogate whose low half is in the next read, or 0
        private boolean end;

        Reencoded(InputStream source, Charset charset) {
            this.source = new InputStreamReader(source, charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        }

        @Override
        int fillSome(byte[] block) {
            if (end) {
                return -1;
            }
            int n = 0;
            if (held != 0) {
                chars[0] = (char) held;
                n = 1;
                held = 0;
            }
            try {
                while (n < chars.length) {
                    int more = source.read(chars, n, chars.length - n);
                    if (more < 0) {
                        end = true;
                        break;
                    }
                    n += more;
                }
            } catch (IOException | RuntimeException e) {
                failAfter(e); // the text read before it goes first
                end = true;
            }
            if (!end && n > 0 && Character.isHighSurrogate(chars[n - 1])) {
                held = chars[--n];
            }
            int out = encode(n, block);
            return out == 0 && end ? -1 : out;
        }

        private int encode(int n, byte[] b) {
            int o = 0;
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
                    return o;
                }
            }
            return o;
        }

        @Override
        void close() throws IOException {
            source.close();
        }
    }
}
