package com.shopperspectrum.web;

import com.shopperspectrum.core.baskets.AssociationRule;
import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.baskets.CountryRules;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.io.view.BoughtTogetherView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The Baskets page: the model's pair rules A ⇒ B, filtered by words of either product's code or description and by
 * country (the larger countries' own rules, {@link CountryRules}), sorted by a measure, {@link #ROWS} rules a page;
 * {@code /baskets.csv} downloads the filtered rules in the order shown, as {@code baskets -o rules.csv} writes them.
 */
final class BasketsPage {
    static final int ROWS = 50;
    static final List<String> SORTS = List.of("lift", "confidence", "support", "leverage", "conviction", "count");

    private BasketsPage() {}

    /** One rule as shown: both products, its measures and its sentence. */
    record Row(
            String antecedent,
            String antecedentDescription,
            String consequent,
            String consequentDescription,
            String together,
            String support,
            String confidence,
            String lift,
            String leverage,
            String conviction,
            String text) {}

    record View(
            String query,
            String country,
            List<String> countries,
            String sort,
            List<String> sorts,
            String shown,
            List<Row> rows,
            String settings,
            String csv,
            String previous,
            String next,
            String absent) {}

    /** The filter as asked: validated, with the rules it picks in the order asked. */
    record Selection(String query, String country, String sort, BasketModel rules, List<AssociationRule> picked) {}

    static View absent(String why) {
        return new View(null, null, List.of(), "lift", SORTS, "0", List.of(), null, null, null, null, why);
    }

    /**
     * The rules of {@code model} (or of one country's) matching {@code query}, in the order of {@code sort}.
     *
     * @throws InvalidInputException naming {@code sort} or {@code country} for a value the page does not offer
     */
    static Selection select(BasketModel model, String query, String country, String sort) {
        String by = sort == null || sort.isBlank() ? "lift" : sort.strip().toLowerCase(Locale.ROOT);
        if (!SORTS.contains(by)) {
            throw new InvalidInputException(
                    "sort must be one of " + String.join(", ", SORTS) + ", got '" + Params.clip(sort) + "'", "sort");
        }
        BasketModel rules = model;
        String countryName = null;
        if (country != null && !country.isBlank()) {
            CountryRules c = model.country(country);
            if (c == null) {
                throw new InvalidInputException(
                        "country: the model has no rules of its own for '" + Params.clip(country) + "'; it has them "
                                + "for the countries with at least " + CountryRules.MIN_BASKETS + " orders: "
                                + (model.countries().isEmpty() ? "none" : String.join(", ", countries(model))),
                        "country");
            }
            rules = c.rules();
            countryName = c.country();
        }
        String words = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        List<AssociationRule> picked = new ArrayList<>();
        for (AssociationRule r : rules.rules()) {
            if (words.isEmpty()
                    || matches(r.antecedent(), r.antecedentDescriptions(), words)
                    || matches(r.consequent(), r.consequentDescriptions(), words)) {
                picked.add(r);
            }
        }
        picked.sort(order(by));
        return new Selection(query == null ? null : query.strip(), countryName, by, rules, picked);
    }

    /**
     * Page {@code page} (1-based; blank = 1) of {@code size} rules of the selection, with the links to its
     * neighbours and its CSV when {@code links} (the page; the report has none).
     */
    static View of(BasketModel model, Selection s, String page, int size, boolean links) {
        int pages = Math.max(1, (s.picked().size() + size - 1) / size);
        int p = page(page, pages);
        int from = (p - 1) * size;
        List<Row> rows = s
                .picked()
                .subList(from, Math.min(from + size, s.picked().size()))
                .stream()
                .map(BasketsPage::row)
                .toList();
        String shown = s.picked().isEmpty()
                ? "0 of 0 rules"
                : Format.number(from + 1L) + "–" + Format.number(from + (long) rows.size()) + " of "
                        + Words.count(s.picked().size(), "rule", "rules");
        return new View(
                s.query(),
                s.country(),
                countries(model),
                s.sort(),
                SORTS,
                shown,
                rows,
                settings(s.rules(), s.country()),
                links ? link("/baskets.csv", s, 0) : null,
                links && p > 1 ? link("/baskets", s, p - 1) : null,
                links && p < pages ? link("/baskets", s, p + 1) : null,
                null);
    }

    private static boolean matches(List<String> codes, List<String> descriptions, String words) {
        String text = (String.join(" ", codes) + " " + String.join(" ", descriptions)).toLowerCase(Locale.ROOT);
        return text.contains(words);
    }

    private static int page(String page, int pages) {
        if (page == null || page.isBlank()) {
            return 1;
        }
        try {
            int p = Integer.parseInt(page.strip());
            if (p >= 1 && p <= pages) {
                return p;
            }
        } catch (NumberFormatException e) {
            // the message below
        }
        throw new InvalidInputException(
                "page must be a whole number from 1 to " + pages + ", got '" + Params.clip(page) + "'", "page");
    }

    /** Descending by the measure, then by lift, then by the products' codes: one total order. */
    static Comparator<AssociationRule> order(String by) {
        Comparator<AssociationRule> first = switch (by) {
            case "confidence" -> Comparator.comparingDouble(AssociationRule::confidence);
            case "support", "count" -> Comparator.comparingLong(AssociationRule::basketsBoth);
            case "leverage" -> Comparator.comparingDouble(AssociationRule::leverage);
            case "conviction" ->
                Comparator.comparingDouble(
                        (AssociationRule r) -> r.conviction() == null ? Double.POSITIVE_INFINITY : r.conviction());
            default -> Comparator.comparingDouble(AssociationRule::lift);
        };
        return first.reversed()
                .thenComparing(Comparator.comparingDouble(AssociationRule::lift).reversed())
                .thenComparing(r -> r.antecedent().get(0))
                .thenComparing(r -> r.consequent().get(0));
    }

    private static Row row(AssociationRule r) {
        return new Row(
                r.antecedent().get(0),
                r.antecedentDescriptions().isEmpty()
                        ? ""
                        : r.antecedentDescriptions().get(0),
                r.consequent().get(0),
                r.consequentDescriptions().isEmpty()
                        ? ""
                        : r.consequentDescriptions().get(0),
                Format.number(r.basketsBoth()),
                Format.decimal(r.support(), 4),
                Format.decimal(r.confidence(), 3),
                Format.decimal(r.lift(), 2),
                Format.decimal(r.leverage(), 4),
                r.conviction() == null ? "∞" : Format.decimal(r.conviction(), 2),
                BoughtTogetherView.text(r));
    }

    static String settings(BasketModel rules, String country) {
        return "Pair rules of " + Words.count(rules.baskets(), "order", "orders")
                + (country == null ? "" : " in " + country) + " (one basket per invoice, items by stock code, "
                + "non-products left out): in at least " + Words.count(rules.minCount(), "order", "orders")
                + " together (min support " + rules.minSupport() + "), lift at least "
                + Format.decimal(rules.minLift(), 1);
    }

    private static List<String> countries(BasketModel model) {
        return model.countries().stream().map(CountryRules::country).toList();
    }

    private static String link(String path, Selection s, int page) {
        List<String> q = new ArrayList<>();
        if (s.query() != null && !s.query().isEmpty()) {
            q.add("q=" + Format.url(s.query()));
        }
        if (s.country() != null) {
            q.add("country=" + Format.url(s.country()));
        }
        q.add("sort=" + s.sort());
        if (page > 1) {
            q.add("page=" + page);
        }
        return path + "?" + String.join("&", q);
    }
}
