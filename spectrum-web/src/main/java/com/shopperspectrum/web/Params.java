package com.shopperspectrum.web;

import com.shopperspectrum.core.data.InvalidInputException;
import io.javalin.http.Context;

/** Reads request parameters, turning anything unusable into a 400 that names the parameter and the value. */
final class Params {
    private Params() {}

    /** An integer query parameter in [min, max], or {@code fallback} when absent or blank. */
    static int intQuery(Context ctx, String name, int fallback, int min, int max) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidInputException(
                name + " must be a whole number from " + min + " to " + max + ", got '" + clip(raw) + "'", name);
    }

    /** A required, non-blank query parameter (trimmed). */
    static String requiredQuery(Context ctx, String name) {
        String raw = ctx.queryParam(name);
        if (raw == null || raw.isBlank()) {
            throw new InvalidInputException("query parameter '" + name + "' is required", name);
        }
        return raw.trim();
    }

    /** Keeps echoed input short in messages. */
    static String clip(String s) {
        return s.length() <= 80 ? s : s.substring(0, 77) + "...";
    }
}
