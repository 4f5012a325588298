package com.shopperspectrum.io.model;

import com.shopperspectrum.core.data.InvalidInputException;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Reads a column file written by {@link ColumnWriter}, column by column in the order written. Any structural
 * problem (wrong magic, unexpected column type, short data, missing end marker) is an
 * {@link InvalidInputException} naming the file.
 */
final class ColumnReader {
    private final Path file;
    private final ByteBuffer buffer;

    ColumnReader(Path file, byte[] bytes) {
        this.file = file;
        this.buffer = ByteBuffer.wrap(bytes);
        if (guard(buffer::getInt) != ColumnWriter.MAGIC) {
            throw corrupt("not a Shopper Spectrum column file (bad magic bytes)");
        }
        int format = guard(buffer::getInt);
        if (format != ColumnWriter.FORMAT) {
            throw corrupt(
                    "column format " + format + " is not supported (this program reads " + ColumnWriter.FORMAT + ")");
        }
    }

    int[] ints() {
        int n = header(ColumnWriter.INTS, 4);
        int[] v = new int[n];
        buffer.asIntBuffer().get(v);
        buffer.position(buffer.position() + 4 * n);
        return v;
    }

    long[] longs() {
        int n = header(ColumnWriter.LONGS, 8);
        long[] v = new long[n];
        buffer.asLongBuffer().get(v);
        buffer.position(buffer.position() + 8 * n);
        return v;
    }

    double[] doubles() {
        int n = header(ColumnWriter.DOUBLES, 8);
        double[] v = new double[n];
        buffer.asDoubleBuffer().get(v);
        buffer.position(buffer.position() + 8 * n);
        return v;
    }

    float[] floats() {
        int n = header(ColumnWriter.FLOATS, 4);
        float[] v = new float[n];
        buffer.asFloatBuffer().get(v);
        buffer.position(buffer.position() + 4 * n);
        return v;
    }

    boolean[] booleans() {
        int n = header(ColumnWriter.BOOLEANS, 1);
        boolean[] v = new boolean[n];
        for (int i = 0; i < n; i++) {
            v[i] = buffer.get() != 0;
        }
        return v;
    }

    String[] strings() {
        int n = header(ColumnWriter.STRINGS, 4);
        String[] v = new String[n];
        for (int i = 0; i < n; i++) {
            int length = guard(buffer::getInt);
            if (length > buffer.remaining()) {
                throw corrupt("string " + i + " of " + n + " runs past the end of the file");
            }
            if (length >= 0) {
                v[i] = new String(buffer.array(), buffer.position(), length, StandardCharsets.UTF_8);
                buffer.position(buffer.position() + length);
            }
        }
        return v;
    }

    /** Whether only the end marker is left (for columns added later, absent from older files). */
    boolean atEnd() {
        return buffer.remaining() == Integer.BYTES && buffer.getInt(buffer.position()) == ColumnWriter.END;
    }

    /** Checks the end marker and that nothing follows it. */
    void end() {
        if (guard(buffer::getInt) != ColumnWriter.END || buffer.hasRemaining()) {
            throw corrupt("missing end marker or trailing bytes");
        }
    }

    private int header(byte tag, int minBytesPerValue) {
        byte actual = guard(buffer::get);
        if (actual != tag) {
            throw corrupt("expected column type " + tag + " at byte " + (buffer.position() - 1) + ", found " + actual);
        }
        int n = guard(buffer::getInt);
        if (n < 0 || (long) n * minBytesPerValue > buffer.remaining()) {
            throw corrupt("column of " + n + " values does not fit in the " + buffer.remaining() + " bytes left");
        }
        return n;
    }

    private <T> T guard(java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (BufferUnderflowException e) {
            throw corrupt("file ends early (truncated)");
        }
    }

    InvalidInputException corrupt(String what) {
        return new InvalidInputException(
                "model file " + file + " is corrupt: " + what,
                file.getFileName().toString());
    }
}
