package com.shopperspectrum.web;

import java.util.Locale;

/**
 * What the API accepts, shared by the plain path ({@link ApiRoutes} on Javalin) and the hot path
 * ({@link com.shopperspectrum.web.hotpath.HotPathHandler}) so that both refuse and accept the same requests.
 */
public final class ApiLimits {
    /** Request bodies larger than this are refused with 413 (the largest legitimate body is a few numbers). */
    public static final long MAX_REQUEST_BYTES = 16 * 1024;
    /** The largest {@code n} (or {@code limit}) a list answer takes. */
    public static final int MAX_COUNT = 100;
    /** How many similar products an answer lists without {@code ?n=}. */
    public static final int SIMILAR_DEFAULT = 5;
    /** How many recommendations (and search results) an answer lists without {@code ?n=} ({@code ?limit=}). */
    public static final int LIST_DEFAULT = 10;
    /** What {@link #count} answers for a value that is not a whole number from 1 to {@link #MAX_COUNT}. */
    public static final int INVALID = -1;

    private ApiLimits() {}

    /**
     * A count parameter ({@code n}, {@code limit}) as decoded from the query: {@code fallback} when absent or
     * blank, the number when it is a whole number from 1 to {@link #MAX_COUNT} (spaces around it allowed), else
     * {@link #INVALID}.
     */
    public static int count(String raw, int fallback) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.trim());
            return value >= 1 && value <= MAX_COUNT ? value : INVALID;
        } catch (NumberFormatException e) {
            return INVALID;
        }
    }

    /** Whether a request's Content-Type is JSON: {@code application/json}, with any parameters (not json-seq…). */
    public static boolean isJson(String contentType) {
        if (contentType == null) {
            return false;
        }
        int semicolon = contentType.indexOf(';');
        String type = semicolon < 0 ? contentType : contentType.substring(0, semicolon);
        return type.trim().toLowerCase(Locale.ROOT).equals("application/json");
    }
}
