package com.shopperspectrum.io.engine;

/**
 * Shows how far reading an input file has come: the CLI draws a progress bar when standard error is a terminal; a
 * library user or a test passes {@link #NONE}.
 */
public interface ReadProgress extends AutoCloseable {
    /** Shows nothing. */
    ReadProgress NONE = new ReadProgress() {
        @Override
        public void bytes(long done, long total) {}

        @Override
        public void close() {}
    };

    /** {@code done} of {@code total} bytes read. */
    void bytes(long done, long total);

    @Override
    void close();

    /** Starts showing the progress of a task, for example {@code reading retail.csv}. */
    @FunctionalInterface
    interface Display {
        ReadProgress start(String task);
    }
}
