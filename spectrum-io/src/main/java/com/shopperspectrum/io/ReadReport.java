package com.shopperspectrum.io;

import java.nio.file.Path;
import java.util.List;

/**
 * What reading found: the file, its format, the recognised layout, the encoding used, the data rows read,
 * the malformed rows set aside with {@code --skip-bad-rows} (and where they were written), warnings, the CSV
 * delimiter (given or found in the header; null for a sheet) and whether numbers had a decimal comma.
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
        List<String> warnings,
        String delimiter,
        boolean decimalComma) {
    public ReadReport {
        warnings = List.copyOf(warnings);
    }

    /** How the text was split and its numbers read, for people: {@code ';'-delimited, decimal comma}; or "". */
    public String textLayout() {
        if (delimiter == null || ",".equals(delimiter) && !decimalComma) {
            return decimalComma ? "decimal comma" : "";
        }
        String split = ",".equals(delimiter) ? "" : ReadOptions.describe(delimiter.charAt(0)) + "-delimited";
        return decimalComma ? (split.isEmpty() ? "" : split + ", ") + "decimal comma" : split;
    }
}
