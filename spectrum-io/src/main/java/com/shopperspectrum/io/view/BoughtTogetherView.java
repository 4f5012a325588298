package com.shopperspectrum.io.view;

import com.shopperspectrum.core.baskets.AssociationRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code GET /api/products/{code}/bought-together} and {@code POST /api/baskets/complete}: {@code {"items": [codes],
 * "baskets": N, "products": [{"stockCode", "description", "text", "rule": {the rule of BasketRulesView}}]}}; each
 * product is a rule's consequent, with the rule that fired and a sentence for people ("bought together in 112 of
 * 530 orders with this product; 8.6× more often than chance").
 *
 * @param items   the product asked about, or the basket's items
 * @param baskets the baskets the rules were counted on
 * @param rules   the rules, best first
 */
public record BoughtTogetherView(List<String> items, int baskets, List<AssociationRule> rules) implements JsonView {
    public BoughtTogetherView {
        items = List.copyOf(items);
        rules = List.copyOf(rules);
    }

    @Override
    public Map<String, Object> shape() {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("items", items);
        root.put("baskets", baskets);
        List<Map<String, Object>> products = new ArrayList<>();
        for (AssociationRule r : rules) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("stockCode", r.consequent().get(0));
            p.put(
                    "description",
                    r.consequentDescriptions().isEmpty()
                            ? null
                            : r.consequentDescriptions().get(0));
            p.put("text", text(r));
            p.put("rule", BasketRulesView.rule(r));
            products.add(p);
        }
        root.put("products", products);
        return root;
    }

    /** The rule in words: how often bought together, and how much more than chance. */
    public static String text(AssociationRule r) {
        String orders = r.basketsAntecedent() == 1 ? "order" : "orders";
        return String.format(
                Locale.ROOT,
                "bought together in %,d of %,d %s with %s; %.1f× more often than chance",
                r.basketsBoth(),
                r.basketsAntecedent(),
                orders,
                r.antecedent().size() == 1 ? r.antecedent().get(0) : String.join(" + ", r.antecedent()),
                r.lift());
    }
}
