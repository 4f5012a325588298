package com.shopperspectrum.web;

import com.shopperspectrum.core.clean.CleaningRule;
import java.util.Map;

/**
 * Plain words for the technical keys the pages show (cleaning-report rows, quality counts) and counted nouns
 * with the right plural. The one place for these labels: the templates print {@link Label#text()} and put
 * {@link Label#key()} in a {@code title} attribute.
 */
final class Words {
    private static final Map<String, String> ROWS = Map.of("raw", "rows read", "clean", "rows kept");
    private static final Map<String, String> QUALITY = Map.of(
            "duplicateRows", "exact duplicate rows",
            "nonProductRows", "rows with a non-product code",
            "adjustmentRows", "rows of adjustment invoices",
            "missingDescription", "rows without a description",
            "codesWithSeveralDescriptions", "stock codes with several descriptions");

    private Words() {}

    /** Words for people and the technical name behind them. */
    record Label(String text, String key) {}

    /** A cleaning report row: raw, clean, or what a rule removed (the rule's own label). */
    static Label row(String key) {
        String text = ROWS.containsKey(key)
                ? ROWS.get(key)
                : CleaningRule.ofKey(key).map(CleaningRule::label).orElse(key);
        return new Label(text, key);
    }

    /** A quality count on the raw rows. */
    static Label quality(String key) {
        return new Label(QUALITY.getOrDefault(key, key), key);
    }

    /** {@code n} with its noun, singular for exactly one: "1 invoice", "2 invoices", "1,024 products". */
    static String count(long n, String singular, String plural) {
        return Format.number(n) + " " + (n == 1 ? singular : plural);
    }
}
