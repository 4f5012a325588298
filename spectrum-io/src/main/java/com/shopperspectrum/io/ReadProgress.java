package com.shopperspectrum.io;

/** Told how far reading has got, in bytes of the file on disk (compressed bytes for gzip). */
@FunctionalInterface
public interface ReadProgress {
    ReadProgress NONE = (done, total) -> {};

    /** {@code done} of {@code total} bytes consumed; called now and then, one call at a time, from the
     * thread that reads the file (not necessarily the caller's: see {@code ReadAheadReader}). */
    void bytesRead(long done, long total);
}
