package com.shopperspectrum.core.data;

/**
 * Input that cannot be used as given: a file, a row, a field or a parameter. The message names where the
 * problem is (file, line, column or field) and the offending value, so that the CLI can print it as it is
 * (exit code 2) and the web layer can answer 400 with it.
 */
public class InvalidInputException extends RuntimeException {
    private final String field;

    public InvalidInputException(String message) {
        this(message, null, null);
    }

    public InvalidInputException(String message, String field) {
        this(message, field, null);
    }

    public InvalidInputException(String message, String field, Throwable cause) {
        super(message, cause);
        this.field = field;
    }

    /** The field, column or parameter at fault, or null when the whole input is. */
    public String field() {
        return field;
    }
}
