package com.shopperspectrum.cli;

import com.shopperspectrum.core.baskets.AssociationRule;
import com.shopperspectrum.core.baskets.BasketOptions;
import com.shopperspectrum.core.baskets.BasketRules;
import com.shopperspectrum.core.baskets.ItemKey;
import com.shopperspectrum.core.baskets.RuleSort;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The readable output of {@code baskets}: what the baskets are, the thresholds, the top rules, what was removed. */
final class BasketsText {
    private BasketsText() {}

    static String of(BasketRules r, RuleSort sort, int top, Path output) {
        BasketOptions o = r.basketOptions();
        StringBuilder b = new StringBuilder();
        b.append(String.format(
                Locale.ROOT,
                "%,d baskets (%s%s%s) of %,d items (%s%s), from %,d sales lines%n",
                r.baskets(),
                o.scope().label().replace("invoice", "invoices").replace("customer-day", "customer-days"),
                o.country() == null ? "" : ", " + o.country(),
                o.customersOnly() ? ", customers only" : "",
                r.items(),
                o.item() == ItemKey.STOCK_CODE ? "stock codes" : "descriptions",
                o.includeNonProducts() ? ", non-products included" : ", non-products left out",
                r.lines()));
        b.append(String.format(
                Locale.ROOT,
                "min support %s (%,d baskets), up to %d items%s, min lift %s: %,d itemsets of 2+ items, %,d rules%n",
                r.ruleOptions().minSupport(),
                r.minCount(),
                r.ruleOptions().maxItems(),
                r.ruleOptions().minConfidence() > 0
                        ? ", min confidence " + r.ruleOptions().minConfidence()
                        : "",
                r.ruleOptions().minLift(),
                r.itemsets(),
                r.rules().size()));
        b.append(String.format(
                Locale.ROOT,
                "removed: %,d itemsets below the support, %,d rules below the confidence, %,d below the lift%n",
                r.removed().minSupport(),
                r.removed().minConfidence(),
                r.removed().minLift()));
        if (r.suggestion() != null) {
            b.append('\n').append(r.suggestion()).append('\n');
        } else if (top > 0) {
            b.append(String.format(
                    Locale.ROOT,
                    "%n%7s %6s %7s %13s %11s  %s (by %s)%n",
                    "lift",
                    "conf",
                    "support",
                    "baskets",
                    "conviction",
                    "rule",
                    sort.label()));
            List<AssociationRule> rules = r.sorted(sort);
            for (AssociationRule rule : rules.subList(0, Math.min(top, rules.size()))) {
                b.append(String.format(
                        Locale.ROOT,
                        "%7.2f %6.3f %7.4f %13s %11s  %s => %s%n",
                        rule.lift(),
                        rule.confidence(),
                        rule.support(),
                        String.format(Locale.ROOT, "%,d of %,d", rule.basketsBoth(), rule.basketsAntecedent()),
                        rule.conviction() == null
                                ? "never fails"
                                : String.format(Locale.ROOT, "%.2f", rule.conviction()),
                        items(rule.antecedent(), rule.antecedentDescriptions(), o.item()),
                        items(rule.consequent(), rule.consequentDescriptions(), o.item())));
            }
        }
        if (output != null) {
            b.append("\nwrote ")
                    .append(r.rules().size())
                    .append(" rules to ")
                    .append(output)
                    .append('\n');
        }
        return b.toString();
    }

    private static String items(List<String> keys, List<String> descriptions, ItemKey item) {
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            parts.add(
                    item == ItemKey.STOCK_CODE
                            ? keys.get(i) + " " + ProductListOutput.cut(descriptions.get(i))
                            : keys.get(i));
        }
        return String.join(" + ", parts);
    }
}
