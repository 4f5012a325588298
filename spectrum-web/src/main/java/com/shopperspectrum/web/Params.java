package com.shopperspectrum.web;

import com.shopperspectrum.core.data.InvalidInputException;
import io.javalin.http.Context;

/** Reads request parameters, turning anything unusable into a 400 that names the parameter and the value. */
final class Params {
    private Params() {}

    /** A count query parameter ({@code n}, {@code limit}) as {@link ApiLimits#count} reads it, or a 400. */
    static int count(Context ctx, String name, int fallback) {
        String raw = ctx.queryParam(name);
        int value = ApiLimits.count(raw, fallback);
        if (value == ApiLimits.INVALID) {
            throw new InvalidInputException(
                    name + " must be a whole number from 1 to " + ApiLimits.MAX_COUNT + ", got '" + clip(raw) + "'",
                    name);
        }
        return value;
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
