package com.shopperspectrum.web;

/** A product, customer or segment that the model does not have: answered with 404. */
final class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
