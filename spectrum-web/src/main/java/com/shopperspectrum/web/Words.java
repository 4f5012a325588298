package com.shopperspectrum.web;

import com.shopperspectrum.core.clean.CleaningRule;
import com.shopperspectrum.core.inventory.ForecastMethod;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * A recommender's or ranker's technical name in words: {@code ease-l250-k50-signed} is "products that go
     * together (EASE linear model, regularisation 250, 50 neighbours per product, negative weights kept)".
     */
    static Label recommender(String name) {
        String[] parts = name.split("-");
        List<String> details = new ArrayList<>();
        String what = switch (parts[0]) {
            case "ease" -> "products that go together (EASE linear model";
            case "cosine" -> "products bought by the same customers (cosine similarity";
            case "popular" -> "best-sellers (";
            case "repeat" -> "what the customer bought before (";
            default -> name + " (";
        };
        for (int i = 1; i < parts.length; i++) {
            String p = parts[i];
            if (p.matches("l[0-9.]+")) {
                details.add("regularisation " + p.substring(1));
            } else if (p.matches("k\\d+")) {
                details.add(p.substring(1) + " neighbours per product");
            } else if (p.equals("signed")) {
                details.add("negative weights kept");
            } else if (p.equals("recent")) {
                details.add("of the recent period");
            } else {
                details.add(p);
            }
        }
        String open = what.endsWith("(") ? what.substring(0, what.length() - 2) : what;
        String text = details.isEmpty()
                ? (what.endsWith("(") ? open : what + ")")
                : (what.endsWith("(") ? open + " (" : what + ", ") + String.join(", ", details) + ")";
        return new Label(text, name);
    }

    /** A forecasting method in words (Brown's, Croston's, …), its command-line name for the tooltip. */
    static Label forecast(ForecastMethod method) {
        String text = switch (method) {
            case SES -> "exponential smoothing";
            case CROSTON -> "Croston's method (intermittent demand)";
            case SBA -> "Croston's method, bias-corrected";
            case TSB -> "smoothed chance and size of demand";
            case AUTO -> "chosen by demand class";
        };
        return new Label(text, method.label());
    }

    /** The backtest's MASE as a column or a tooltip names it. */
    static final String MASE = "MASE, the mean absolute scaled error of the backtest: the forecast's error over"
            + " the naive forecast's (the last period's units again); below 1 beats it";

    /**
     * How well a suggestion matches, in words, against the best of its list: "best match", "strong match" (at
     * least half the best score), "good match" (a quarter), else "weaker match".
     */
    static String match(double score, double best) {
        if (score >= best) {
            return "best match";
        }
        double r = best > 0 ? score / best : 0;
        return r >= 0.5 ? "strong match" : r >= 0.25 ? "good match" : "weaker match";
    }

    /** {@code n} with its noun, singular for exactly one: "1 invoice", "2 invoices", "1,024 products". */
    static String count(long n, String singular, String plural) {
        return Format.number(n) + " " + (n == 1 ? singular : plural);
    }
}
