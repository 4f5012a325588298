package com.shopperspectrum.io.view;

import java.io.IOException;
import java.io.UncheckedIOException;

/** A CSV answer written row by row through the guarded {@link Csv} writer: to a file, a response, or as text. */
public interface CsvView {
    /** Writes the header and every row to {@code out}. */
    void write(Appendable out) throws IOException;

    /** The whole CSV as text. */
    default String text() {
        StringBuilder b = new StringBuilder();
        try {
            write(b);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringBuilder does not throw
        }
        return b.toString();
    }
}
