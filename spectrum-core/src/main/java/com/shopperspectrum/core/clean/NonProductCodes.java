package com.shopperspectrum.core.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Stock codes that are not merchandise: postage, fees, manual adjustments, samples, vouchers.
 *
 * <p>A pattern is an exact code ({@code POST}) or a prefix ending in {@code *} ({@code DCGS*}); matching is
 * case-insensitive because codes are upper-cased when read. The {@link #DEFAULT} list covers the UCI Online
 * Retail files:
 * <ul>
 *   <li>{@code POST}, {@code DOT} (postage), {@code C2} (carriage), {@code M} (manual), {@code D} (discount),
 *       {@code S} (samples), {@code B} (bad-debt adjustment), {@code PADS}, {@code CRUK} (commission),
 *       {@code BANK CHARGES}, {@code AMAZONFEE};</li>
 *   <li>{@code ADJUST*}, {@code TEST*}, {@code DCGS*}, {@code GIFT_0001*} (gift vouchers).</li>
 * </ul>
 */
public record NonProductCodes(List<String> patterns) {
    /** The documented default list. */
    public static final NonProductCodes DEFAULT =
            parse("POST,DOT,C2,M,D,S,B,PADS,CRUK,BANK CHARGES,AMAZONFEE,ADJUST*,TEST*,DCGS*,GIFT_0001*");

    public NonProductCodes {
        Objects.requireNonNull(patterns, "patterns");
        List<String> normal = new ArrayList<>(patterns.size());
        for (String p : patterns) {
            String t = p == null ? "" : p.trim().toUpperCase(Locale.ROOT);
            if (t.isEmpty() || t.equals("*")) {
                throw new IllegalArgumentException("non-product pattern must be a code or a prefix*, got '" + p + "'");
            }
            normal.add(t);
        }
        patterns = List.copyOf(normal);
    }

    /** Parses a comma-separated list such as {@code POST,DOT,DCGS*}. */
    public static NonProductCodes parse(String commaSeparated) {
        return new NonProductCodes(List.of(commaSeparated.split(",")));
    }

    /** True when {@code stockCode} is matched by one of the patterns. */
    public boolean matches(String stockCode) {
        String code = stockCode.toUpperCase(Locale.ROOT);
        for (String p : patterns) {
            if (p.endsWith("*") ? code.startsWith(p.substring(0, p.length() - 1)) : code.equals(p)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return String.join(",", patterns);
    }
}
