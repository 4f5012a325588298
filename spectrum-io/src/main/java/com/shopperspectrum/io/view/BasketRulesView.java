package com.shopperspectrum.io.view;

import com.shopperspectrum.core.baskets.AssociationRule;
import com.shopperspectrum.core.baskets.BasketOptions;
import com.shopperspectrum.core.baskets.BasketRules;
import com.shopperspectrum.core.baskets.RuleOptions;
import com.shopperspectrum.core.baskets.RuleSort;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The rules of {@code spectrum baskets}, one shape for {@code --json} and one for {@code -o rules.csv}.
 *
 * <p>JSON: {@code {"baskets": N, "settings": {...}, "rules": [{"antecedent": [...], "consequent": [...],
 * "basketsBoth", "basketsAntecedent", "basketsConsequent", "support", "confidence", "lift", "leverage",
 * "conviction"}], "removed": {"minSupport", "minConfidence", "minLift", "suggestion"}}}, every rule in the order of
 * {@code sort}; items are stock codes (descriptions with {@code --item description}); {@code conviction} is null
 * when the confidence is 1 and {@code suggestion} null unless no rule passed.
 *
 * <p>CSV: {@code antecedent,consequent,baskets_both,baskets_antecedent,baskets_consequent,support,confidence,lift,
 * leverage,conviction}, itemsets of several items joined by {@code +}, numbers to 6 decimals, conviction empty
 * when the confidence is 1.
 */
public record BasketRulesView(BasketRules result, RuleSort sort) implements JsonView {
    public static final String CSV_HEADER = "antecedent,consequent,baskets_both,baskets_antecedent,baskets_consequent,"
            + "support,confidence,lift,leverage,conviction";

    public BasketRulesView {
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(sort, "sort");
    }

    @Override
    public Map<String, Object> shape() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("baskets", result.baskets());
        root.put("settings", settings());
        List<Map<String, Object>> rules = new ArrayList<>();
        for (AssociationRule r : result.sorted(sort)) {
            rules.add(rule(r));
        }
        root.put("rules", rules);
        Map<String, Object> removed = new LinkedHashMap<>();
        removed.put("minSupport", result.removed().minSupport());
        removed.put("minConfidence", result.removed().minConfidence());
        removed.put("minLift", result.removed().minLift());
        removed.put("suggestion", result.suggestion());
        root.put("removed", removed);
        return root;
    }

    private Map<String, Object> settings() {
        BasketOptions b = result.basketOptions();
        RuleOptions o = result.ruleOptions();
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("scope", b.scope().label());
        m.put("item", b.item().label());
        m.put("includeNonProducts", b.includeNonProducts());
        m.put("customersOnly", b.customersOnly());
        m.put("country", b.country());
        m.put("maxItems", o.maxItems());
        m.put(
                "minSupport",
                o.minSupport().count() > 0
                        ? o.minSupport().count()
                        : o.minSupport().share());
        m.put("minSupportBaskets", result.minCount());
        m.put("minConfidence", o.minConfidence());
        m.put("minLift", o.minLift());
        m.put("sort", sort.label());
        return m;
    }

    /** One rule's object (also an entry of the bought-together and basket-completion answers). */
    public static Map<String, Object> rule(AssociationRule r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("antecedent", r.antecedent());
        m.put("consequent", r.consequent());
        m.put("basketsBoth", r.basketsBoth());
        m.put("basketsAntecedent", r.basketsAntecedent());
        m.put("basketsConsequent", r.basketsConsequent());
        m.put("support", r.support());
        m.put("confidence", r.confidence());
        m.put("lift", r.lift());
        m.put("leverage", r.leverage());
        m.put("conviction", r.conviction());
        return m;
    }

    /** The CSV of every rule, header first, in the order of {@code sort}. */
    public String csv() {
        return csv(result.sorted(sort));
    }

    /** The CSV of {@code rules} in their order, header first (also the Baskets page's download). */
    public static String csv(List<AssociationRule> rules) {
        StringBuilder b = new StringBuilder(CSV_HEADER).append('\n');
        for (AssociationRule r : rules) {
            b.append(Csv.row(List.of(
                    String.join("+", r.antecedent()),
                    String.join("+", r.consequent()),
                    Long.toString(r.basketsBoth()),
                    Long.toString(r.basketsAntecedent()),
                    Long.toString(r.basketsConsequent()),
                    Csv.decimal(r.support()),
                    Csv.decimal(r.confidence()),
                    Csv.decimal(r.lift()),
                    Csv.decimal(r.leverage()),
                    r.conviction() == null ? "" : Csv.decimal(r.conviction()))));
        }
        return b.toString();
    }
}
