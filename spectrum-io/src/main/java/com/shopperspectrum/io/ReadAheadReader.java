package com.shopperspectrum.io;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.Reader;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads its source (gzip inflating and charset decoding, the costly part of a {@code .csv.gz}) on a second
 * thread, a few blocks ahead of the parser, so that on two cores inflating overlaps parsing instead of adding to
 * it. A failure of the source (a {@link java.nio.charset.CharacterCodingException}, say) is thrown by the
 * {@code read} that reaches the place where it happened, as the source itself would have thrown it. Not for
 * sharing between threads: one parser reads it.
 */
final class ReadAheadReader extends Reader {
    private static final int BLOCK = 1 << 16;
    private static final int BLOCKS = 8;
    private final Reader source;
    private final BlockingQueue<Block> filled = new ArrayBlockingQueue<>(BLOCKS);
    private final BlockingQueue<char[]> empty = new ArrayBlockingQueue<>(BLOCKS + 1);
    private final Thread worker;
    private Block current = new Block(new char[BLOCK], 0, null);
    private int position;

    /** A block of text, or the end ({@code length} -1), or the failure that ended reading. */
    private record Block(char[] chars, int length, Exception failure) { }

    private static final Block END = new Block(null, -1, null);

    ReadAheadReader(Reader source) {
        this.source = source;
        for (int i = 0; i < BLOCKS; i++) {
            empty.add(new char[BLOCK]);
        }
        worker = new Thread(this::fill, "spectrum-read-ahead");
        worker.setDaemon(true);
        worker.start();
    }

    private void fill() {
        try {
            while (true) {
                char[] chars = empty.take();
                int n = 0;
                Exception failure = null;
                try {
                    while (n < chars.length) {
                        int more = source.read(chars, n, chars.length - n);
                        if (more < 0) {
                            break;
                        }
                        n += more;
                    }
                } catch (IOException | RuntimeException e) {
                    failure = e; // the text read before it goes first
                }
                if (n > 0) {
                    filled.put(new Block(chars, n, null));
                }
                if (failure != null || n < chars.length) {
                    filled.put(failure == null ? END : new Block(null, 0, failure));
                    return;
                }
            }
        } catch (InterruptedException e) {
            // closed by the parser
        }
    }

    @Override
    public int read(char[] into, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        if (current == END) {
            return -1;
        }
        while (position == current.length) {
            empty.offer(current.chars);
            current = next();
            position = 0;
            if (current == END) {
                return -1;
            }
        }
        int n = Math.min(length, current.length - position);
        System.arraycopy(current.chars, position, into, offset, n);
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
        source.close();
    }
}
