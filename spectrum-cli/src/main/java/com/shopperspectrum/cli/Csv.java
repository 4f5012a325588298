package com.shopperspectrum.cli;

/** RFC 4180 quoting for the CSV exports. */
final class Csv {
    private Csv() {}

    static String field(String value) {
        if (value.indexOf(',') < 0 && value.indexOf('"') < 0 && value.indexOf('\n') < 0) {
            return value;
        }
        return '"' + value.replace("\"", "\"\"") + '"';
    }
}
