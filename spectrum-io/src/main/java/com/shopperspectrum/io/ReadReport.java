package com.shopperspectrum.io;

import java.nio.file.Path;
import java.util.List;

/**
 * What reading found: the file, its format, the recognised layout, the encoding used, the data rows read,
 * the malformed rows set aside with {@code --skip-bad-rows} (and where they were written), and warnings.
 * {@code rowsRead == rowsLoaded + badRows}.
 */
public record ReadReport(
        Path file,
        String format,
        String layout,
        String encoding,
        long rowsRead,
        long rowsLoaded,
        long badRows,
        Path rejectsFile,
        List<String> warnings) {
    public ReadReport {
        warnings = List.copyOf(warnings);
    }
}
