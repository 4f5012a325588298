package com.shopperspectrum.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.shopperspectrum.io.Json;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * HTML building with escaping by default: {@link #text} escapes every value that may come from the data
 * (descriptions, countries, ids), {@link #attr} values inside attributes, {@link #url} path segments and
 * query values, and {@link #jsonData} embeds JSON in a non-executed {@code <script type="application/json">}
 * element with {@code <}, {@code >} and {@code &} escaped so that no value can close the element.
 */
final class Html {
    private Html() {}

    /** Escapes text for element content and quoted attribute values. */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        String s = value.toString();
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** Same escaping as {@link #text}; named for readability at attribute sites. */
    static String attr(Object value) {
        return text(value);
    }

    /** Percent-encodes a path segment or query value (spaces as %20). */
    static String url(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A {@code <script type="application/json">} element holding {@code value} as JSON. */
    static String jsonData(String id, Object value) {
        try {
            String json = Json.mapper()
                    .writeValueAsString(value)
                    .replace("<", "\\u003c")
                    .replace(">", "\\u003e")
                    .replace("&", "\\u0026");
            return "<script type=\"application/json\" id=\"" + attr(id) + "\">" + json + "</script>\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String money(Double value) {
        return value == null || value.isNaN() ? "n/a" : String.format(Locale.ROOT, "%,.2f", value);
    }

    static String number(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    static String decimal(double value, int digits) {
        return Double.isNaN(value) ? "n/a" : String.format(Locale.ROOT, "%,." + digits + "f", value);
    }

    /** A link to a product page showing code and description, both escaped. */
    static String productLink(String code, String description) {
        return "<a href=\"/products/" + attr(url(code)) + "\"><code>" + text(code) + "</code></a> "
                + "<span class=\"desc\">" + text(description) + "</span>";
    }

    /** Code and description without a link (the report has no product pages). */
    static String product(String code, String description) {
        return "<code>" + text(code) + "</code> <span class=\"desc\">" + text(description) + "</span>";
    }

    static String customerLink(String id) {
        return "<a href=\"/customers/" + attr(url(id)) + "\">" + text(id) + "</a>";
    }
}
