package com.shopperspectrum.io.read;

import java.io.Closeable;
import java.util.List;

/** The rows of one table in a file: its header, then each data row in turn. */
interface RowSource extends Closeable {
    /** The header row's names as written. */
    List<String> header();

    /** The next data row (a buffer reused between calls), or null at the end. */
    FieldBuffer next();

    /** What a row position is called in messages: "line" for text, "row" for a sheet. */
    String unit();
}
