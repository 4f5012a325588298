package com.shopperspectrum.io.read;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.util.Arrays;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * CSV records read, checked and split on a second thread, a few thousand ahead of the caller, who only turns
 * fields into values: on two cores, inflating a {@code .csv.gz}, checking its UTF-8 and finding its records and
 * fields (about a third of reading) overlap the rest instead of adding to it. The records arrive in batches that
 * name ranges of the text buffers, which the splitting thread never changes once a record in them is handed
 * out ({@link CsvRecords#kept}); a buffer goes back to be refilled when the caller has moved past it. A failure
 * (bad UTF-8, a CSV syntax error, an I/O error) is thrown by the {@link #next()} that reaches the place where it
 * happened, after every record before it. Not for sharing between threads: one caller reads it.
 */
final class ReadAheadRecords implements Closeable {
    private static final int BATCH = 2048;
    private static final int BUFFERS = 8;
    private final InputStream source;
    private final byte delimiter;
    private final BlockingQueue<Batch> filled = new LinkedBlockingQueue<>();
    private final BlockingQueue<Batch> emptyBatches = new LinkedBlockingQueue<>();
    private final BlockingQueue<byte[]> emptyBuffers = new ArrayBlockingQueue<>(BUFFERS);
    private final Thread worker;
    private final FieldBuffer row = new FieldBuffer();
    private Batch current;
    private int next;

    /** A run of records: their lines and fields, ranges of one text buffer; or the end, or a failure. */
    private static final class Batch {
        byte[] text;
        int size;
        long[] lines = new long[BATCH];
        /** Record {@code r}'s fields are {@code starts/ends[firstField[r], firstField[r + 1])}. */
        int[] firstField = new int[BATCH + 1];

        int[] starts = new int[BATCH * 8];
        int[] ends = new int[BATCH * 8];
        Exception failure;
        boolean last;

        boolean full() {
            return size == BATCH;
        }

        /** Adds a record, whose fields are ranges of {@link #text} (which it sets for the batch's first record). */
        void add(FieldBuffer record) {
            text = record.bytes();
            int f = firstField[size];
            int count = record.count();
            if (f + count > starts.length) {
                starts = Arrays.copyOf(starts, Math.max(starts.length * 2, f + count));
                ends = Arrays.copyOf(ends, starts.length);
            }
            for (int i = 0; i < count; i++) {
                starts[f + i] = record.start(i);
                ends[f + i] = record.end(i);
            }
            lines[size] = record.line();
            firstField[++size] = f + count;
        }

        void clear() {
            text = null;
            size = 0;
            failure = null;
            last = false;
        }
    }

    /** Starts splitting {@code source} (checked UTF-8, see {@link Utf8Text}) on a second thread. */
    ReadAheadRecords(Utf8Text source) {
        this(source, (byte) ',');
    }

    /** Starts splitting {@code source} on {@code delimiter} on a second thread. */
    ReadAheadRecords(Utf8Text source, byte delimiter) {
        this.source = source;
        this.delimiter = delimiter;
        for (int i = 0; i < BUFFERS - 1; i++) { // the splitter starts with one of its own
            emptyBuffers.add(new byte[CsvRecords.BUFFER]);
        }
        for (int i = 0; i < 4; i++) {
            emptyBatches.add(new Batch());
        }
        worker = new Thread(this::split, "spectrum-read-ahead");
        worker.setDaemon(true);
        worker.start();
    }

    private void split() {
        Batch batch = emptyBatch();
        try {
            CsvRecords records = CsvRecords.kept(source, delimiter, this::buffer);
            for (FieldBuffer record = records.next(); record != null; record = records.next()) {
                if (batch.full() || batch.size > 0 && record.bytes() != batch.text) {
                    filled.put(batch);
                    batch = emptyBatch();
                }
                batch.add(record);
            }
            batch.last = true;
            filled.put(batch);
        } catch (InterruptedException e) {
            // closed by the caller
        } catch (IOException | RuntimeException e) {
            batch.failure = e; // the records before it go first
            batch.last = true;
            filled.add(batch);
        }
    }

    private Batch emptyBatch() {
        Batch b = emptyBatches.poll();
        if (b == null) {
            b = new Batch();
        }
        b.clear();
        return b;
    }

    private byte[] buffer(int length) throws IOException {
        byte[] b;
        try {
            b = emptyBuffers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("closed");
        }
        return b.length >= length ? b : new byte[length];
    }

    /** The next record (a buffer reused between calls), or null at the end. */
    FieldBuffer next() throws IOException {
        while (current == null || next == current.size) {
            if (current != null && current.last) {
                return end(current);
            }
            Batch done = current;
            current = take();
            next = 0;
            if (done != null) {
                if (done.text != null && done.text != current.text) {
                    emptyBuffers.offer(done.text);
                }
                emptyBatches.offer(done);
            }
        }
        Batch b = current;
        int r = next++;
        row.begin(b.lines[r], b.text);
        for (int f = b.firstField[r]; f < b.firstField[r + 1]; f++) {
            row.range(b.starts[f], b.ends[f]);
        }
        return row;
    }

    private FieldBuffer end(Batch last) throws IOException {
        if (last.failure instanceof IOException e) {
            throw e;
        }
        if (last.failure instanceof RuntimeException e) {
            throw e;
        }
        return null;
    }

    private Batch take() throws IOException {
        try {
            return filled.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while reading");
        }
    }

    /** Stops the splitting thread, then closes the source. */
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
