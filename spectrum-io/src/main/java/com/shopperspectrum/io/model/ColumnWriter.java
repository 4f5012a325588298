package com.shopperspectrum.io.model;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Writes a column file in memory (see the package description for the layout); {@link #finish()} gives the
 * bytes, which the caller writes and hashes.
 */
final class ColumnWriter {
    static final int MAGIC = 0x53535043; // "SSPC"
    static final int END = 0x53454E44; // "SEND"
    static final int FORMAT = 1;
    static final byte INTS = 1;
    static final byte LONGS = 2;
    static final byte DOUBLES = 3;
    static final byte STRINGS = 4;
    static final byte BOOLEANS = 5;
    static final byte FLOATS = 6;

    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
    private final DataOutputStream out = new DataOutputStream(bytes);

    ColumnWriter() {
        io(() -> {
            out.writeInt(MAGIC);
            out.writeInt(FORMAT);
        });
    }

    ColumnWriter ints(int[] values) {
        return io(() -> {
            header(INTS, values.length);
            for (int v : values) {
                out.writeInt(v);
            }
        });
    }

    ColumnWriter longs(long[] values) {
        return io(() -> {
            header(LONGS, values.length);
            for (long v : values) {
                out.writeLong(v);
            }
        });
    }

    ColumnWriter doubles(double[] values) {
        return io(() -> {
            header(DOUBLES, values.length);
            for (double v : values) {
                out.writeDouble(v);
            }
        });
    }

    ColumnWriter floats(float[] values) {
        return io(() -> {
            header(FLOATS, values.length);
            for (float v : values) {
                out.writeFloat(v);
            }
        });
    }

    ColumnWriter booleans(boolean[] values) {
        return io(() -> {
            header(BOOLEANS, values.length);
            for (boolean v : values) {
                out.writeByte(v ? 1 : 0);
            }
        });
    }

    ColumnWriter strings(String[] values) {
        return io(() -> {
            header(STRINGS, values.length);
            for (String v : values) {
                if (v == null) {
                    out.writeInt(-1);
                } else {
                    byte[] utf8 = v.getBytes(StandardCharsets.UTF_8);
                    out.writeInt(utf8.length);
                    out.write(utf8);
                }
            }
        });
    }

    byte[] finish() {
        io(() -> out.writeInt(END));
        return bytes.toByteArray();
    }

    private void header(byte tag, int length) throws IOException {
        out.writeByte(tag);
        out.writeInt(length);
    }

    private ColumnWriter io(IoAction action) {
        try {
            action.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a ByteArrayOutputStream does not fail
        }
        return this;
    }

    private interface IoAction {
        void run() throws IOException;
    }
}
