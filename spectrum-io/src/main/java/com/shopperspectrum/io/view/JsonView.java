package com.shopperspectrum.io.view;

import com.fasterxml.jackson.annotation.JsonValue;
import com.shopperspectrum.io.Json;

/** An output shape written as JSON: its {@link #shape()} is what Jackson serialises (maps keep key order). */
public interface JsonView {
    /** The maps, lists and records that make up the answer. */
    @JsonValue
    Object shape();

    /** The answer's bytes, as the API sends them. */
    default byte[] json() {
        return Json.bytes(shape());
    }

    /** The answer as text, as {@code --json} prints it (before its line break). */
    default String text() {
        return Json.write(shape());
    }
}
