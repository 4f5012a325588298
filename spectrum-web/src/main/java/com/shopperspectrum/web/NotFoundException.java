package com.shopperspectrum.web;

import java.util.List;

/**
 * A product, customer or segment that the model does not have: answered with 404. The error page of a browser
 * request lists the {@code suggestions} ("did you mean"); the API's JSON answer is the message alone.
 */
final class NotFoundException extends RuntimeException {
    /** A page the person may have meant: its label and link. */
    record Suggestion(String label, String href) {}

    private final transient List<Suggestion> suggestions;

    NotFoundException(String message) {
        this(message, List.of());
    }

    NotFoundException(String message, List<Suggestion> suggestions) {
        super(message);
        this.suggestions = List.copyOf(suggestions);
    }

    List<Suggestion> suggestions() {
        return suggestions;
    }
}
