package com.shopperspectrum.io.view;

import com.shopperspectrum.core.baskets.AssociationRule;
import com.shopperspectrum.core.baskets.BasketModel;
import com.shopperspectrum.core.data.InvalidInputException;
import com.shopperspectrum.core.recommend.Product;
import com.shopperspectrum.core.recommend.ProductCatalog;
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

    /**
     * The answer of {@code POST /api/baskets/complete} and {@code recommend --basket}: the basket's codes as the
     * catalogue spells them (duplicates once), completed by {@code rules}' best {@code n} consequents.
     *
     * @throws InvalidInputException naming {@code field} for an empty basket or a code not in the catalogue (with the
     *                               closest products)
     */
    public static BoughtTogetherView completion(
            ProductCatalog catalog, BasketModel rules, List<String> items, int n, String field) {
        if (items.isEmpty()) {
            throw new InvalidInputException(field + ": the basket is empty: give at least one stock code", field);
        }
        List<String> codes = new ArrayList<>();
        for (String item : items) {
            Product p = catalog.byCode(item);
            if (p == null) {
                throw new InvalidInputException(unknown(catalog, item, field), field);
            }
            if (!codes.contains(p.stockCode())) {
                codes.add(p.stockCode());
            }
        }
        return new BoughtTogetherView(codes, rules.baskets(), rules.complete(codes, n));
    }

    private static String unknown(ProductCatalog catalog, String code, String field) {
        List<Product> closest = catalog.lookup(code).products();
        StringBuilder s = new StringBuilder(field + ": unknown stock code '" + code + "'");
        for (int i = 0; i < Math.min(5, closest.size()); i++) {
            Product p = closest.get(i);
            s.append(i == 0 ? "; closest: " : ", ")
                    .append(p.stockCode())
                    .append(" (")
                    .append(p.description())
                    .append(')');
        }
        return s.toString();
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
