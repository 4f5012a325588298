package com.shopperspectrum.io.read;

import com.shopperspectrum.io.ReadProgress;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/** Counts the bytes read from the file on disk and tells {@link ReadProgress} about every megabyte. */
final class CountingInputStream extends FilterInputStream {
    private static final long STEP = 1 << 20;
    private final ReadProgress progress;
    private final long total;
    private long done;
    private long nextReport = STEP;

    CountingInputStream(InputStream in, long total, ReadProgress progress) {
        super(in);
        this.total = total;
        this.progress = progress;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            count(1);
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        count(skipped);
        return skipped;
    }

    private void count(long n) {
        done += n;
        if (done >= nextReport || done == total) {
            nextReport = done + STEP;
            progress.bytesRead(done, total);
        }
    }
}
