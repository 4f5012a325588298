package com.shopperspectrum.io.read;

/**
 * A field that cannot be used, found while loading a row; the loader adds file and line and either stops or
 * sets the row aside. Carries no stack trace: with {@code --skip-bad-rows} it is thrown once per bad row.
 */
final class BadValueException extends Exception {
    private static final long serialVersionUID = 1L;
    private final int column;

    /**
     * @param column the field's index in the row, or -1 when the row as a whole is wrong
     * @param reason what is wrong, naming the offending value, e.g. {@code 'abc' is not a whole number}
     */
    BadValueException(int column, String reason) {
        super(reason, null, false, false);
        this.column = column;
    }

    /**
     * A value as messages show it: in quotes, control characters as {@code ?}, cut after 60 characters (a
     * 10 MB field would otherwise fill the terminal).
     */
    static String quoted(String text) {
        String shown = text.replaceAll("\\p{Cntrl}", "?");
        return shown.length() <= 60
                ? "'" + shown + "'"
                : "'" + shown.substring(0, 60) + "…' (" + String.format(java.util.Locale.ROOT, "%,d", text.length())
                        + " characters)";
    }

    int column() {
        return column;
    }
}
