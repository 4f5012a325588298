package com.shopperspectrum.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.shopperspectrum.io.Json;
import com.shopperspectrum.io.view.Money;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * How the pages write numbers, money, URL parts and embedded JSON. Plain text out, no markup: the templates
 * escape whatever these return (except {@link #scriptJson}, which is made safe for a script element here).
 */
final class Format {
    private Format() {}

    /** An amount in the model's currency: the one place pages and the report write money. */
    static String money(Money currency, Double value) {
        return value == null ? "n/a" : currency.format(value);
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String decimal(double value, int digits) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,." + digits + "f", value);
    }

    /** Percent-encodes a path segment or query value (spaces as %20). */
    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * {@code value} as JSON for a {@code <script type="application/json">} element: {@code <}, {@code >} and
     * {@code &} are written as JSON escapes, so no value can close the element or start a comment.
     */
    static String scriptJson(Object value) {
        try {
            return Json.mapper()
                    .writeValueAsString(value)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
